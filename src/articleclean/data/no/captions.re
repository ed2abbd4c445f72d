# Norwegian photo caption and credit shapes (photo_captions), whole line: "Foto: Ola Hansen / NTB".
credit_label: [(\[]?+\s*+(?:foto|fotos|fotograf|bilde|bilder|illustrasjon|illustrasjonsfoto|illustrasjonsbilde|grafikk|video|arkivfoto|arkivbilde|skjermbilde|skjermdump|montasje|tegning|tekst og foto)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:fotografert|filmet|tegnet|illustrert) av (?-i:\p{Lu})[^\n]{1,120}+
# a caption that ends with its credit: "Brannvesenet jobbet hele natten. Foto: Kari Lie / NTB"
caption_credit: (?-i:\p{Lu})[^\n]{0,300}?[.!?”"»]\s++(?:foto|bilde|arkivfoto|arkivbilde|illustrasjonsfoto|illustrasjon|grafikk)\s*+:\s*+[^\n]{1,100}+
