# Swedish photo caption and credit shapes (photo_captions), whole line: "Foto: Anna Ek/TT", "Bild: Scanpix".
credit_label: [(\[]?+\s*+(?:foto|fotograf|bild|bilder|bildkälla|illustration|grafik|video|arkivbild|arkivfoto|genrebild|skärmdump|montage|fotomontage|foto och text|text och foto)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:foto|fotografi|video|bilder) av (?-i:\p{Lu})[^\n]{1,120}+
# a caption that ends with its credit: "Räddningstjänsten på plats i natt. Foto: Lars Ek/TT"
caption_credit: (?-i:\p{Lu})[^\n]{0,300}?[.!?”"]\s++(?:foto|bild|arkivbild|arkivfoto|genrebild|illustration)\s*+:\s*+[^\n]{1,100}+
