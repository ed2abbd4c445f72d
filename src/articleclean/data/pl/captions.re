# Polish photo caption and credit shapes (photo_captions), whole line: "Fot. PAP/Leszek Nowak",
# "Zdjęcie: Shutterstock", "(fot. archiwum)".
credit_label: [(\[]?+\s*+(?:fot\.\s*+(?:[:/|]\s*+)?+|(?:foto|fotografia|fot|zdjęci[ea]|źródło zdjęcia|zdjęcie ilustracyjne|zdjęcie archiwalne|ilustracja|grafika|infografika|wideo|zrzut ekranu|autor zdjęcia)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+)[^\n]{1,120}+
photo_by: (?:zdjęci[ea]|fotografi[ea]|wideo) (?:autorstwa|wykonał[a]?+) (?-i:\p{Lu})[^\n]{1,120}+
