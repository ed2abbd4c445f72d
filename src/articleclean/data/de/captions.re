# German photo caption and credit shapes (photo_captions), whole line: "Foto: dpa", "Bild: picture alliance/dpa".
credit_label: [(\[]?+\s*+(?:fotos?|bild(?:er)?+|bildquelle|bildnachweis|bildrechte|illustration|grafik|video|archivbild|archivfoto|symbolbild|symbolfoto|quelle bild|screenshot)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:fotos?|bild(?:er)?+|video) von (?-i:\p{Lu})[^\n]{1,120}+
