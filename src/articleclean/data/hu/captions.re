# Hungarian photo caption and credit shapes (photo_captions), whole line: "Fotó: MTI/Koszticsák
# Szilárd", "Borítókép: Telex", "(Fotó: Shutterstock)", "MTI/Balogh Zoltán".
credit_label: [(\[]?+\s*+(?:fot[oó]k?+|k[eé]p(?:ek)?+|f[eé]nyk[eé]p|bor[ií]t[oó]k[eé]p|nyit[oó]k[eé]p|illusztr[aá]ci[oó]|vide[oó]|archív fot[oó]|fot[oó] forr[aá]sa|k[eé]p forr[aá]sa|k[eé]pek forr[aá]sa)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
agency_photo: [(\[]?+\s*+(?:mti(?:[ -]fot[oó])?+|mti/[\p{L}]{2,5}+)\s*+/\s*+(?-i:\p{Lu})[\p{L}.'’ -]{1,60}+[)\]]?+
photo_by: (?:fot[oó]zta|f[eé]nyk[eé]pezte|a fot[oó]kat k[eé]sz[ií]tette|a k[eé]peket k[eé]sz[ií]tette)\s*+:?\s*+(?-i:\p{Lu})[^\n]{1,120}+
