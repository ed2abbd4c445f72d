# Danish photo caption and credit shapes (photo_captions), whole line: "Foto: Mads Holm/Ritzau Scanpix".
credit_label: [(\[]?+\s*+(?:foto|fotos|fotograf|billede|billeder|illustration|grafik|video|arkivfoto|arkivbillede|modelfoto|skærmbillede|montage|tegning|tekst og foto)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:foto|fotos|billeder|video) af (?-i:\p{Lu})[^\n]{1,120}+
# a caption that ends with its credit: "Brandvæsenet var til stede hele natten. Foto: Lars Holm/Ritzau Scanpix"
caption_credit: (?-i:\p{Lu})[^\n]{0,300}?[.!?”"]\s++(?:foto|billede|arkivfoto|arkivbillede|modelfoto|illustration|grafik)\s*+:\s*+[^\n]{1,100}+
