# Finnish photo caption and credit shapes (photo_captions), whole line: "Kuva: Matti Matikainen / Lehtikuva".
credit_label: [(\[]?+\s*+(?:kuva|kuvat|kuvaaja|kuvaajat|arkistokuva|kuvituskuva|kuvakaappaus|kuvitus|grafiikka|piirros|video|kuvamanipulaatio|teksti ja kuvat|teksti ja kuva)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:kuvannut|kuvat ottanut|kuvan ottanut) (?-i:\p{Lu})[^\n]{1,120}+
# a caption that ends with its credit: "Palokunta sammutti paloa koko yön. Kuva: Liisa Korhonen"
caption_credit: (?-i:\p{Lu})[^\n]{0,300}?[.!?”"»]\s++(?:kuva|kuvat|arkistokuva|kuvituskuva|kuvitus|grafiikka)\s*+:\s*+[^\n]{1,100}+
