# Italian photo caption and credit shapes (photo_captions), whole line: "Foto Ansa", "(Foto: LaPresse)".
credit_label: [(\[]?+\s*+(?:foto|fotografia|immagin[ei]|video|credits?|crediti|credito foto|foto d['’]archivio|foto di archivio|foto di repertorio|immagine di repertorio|illustrazione|infografica|grafica|fermo immagine)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
agency_photo: [(\[]?+\s*+(?:foto|video)\s++(?:ansa|ap|afp|reuters|epa|getty images|getty|lapresse|imagoeconomica|agf|ipa|fotogramma|kikapress|ufficio stampa)\b[^\n]{0,80}+
photo_by: (?:foto|immagin[ei]|video) (?:di|da) (?-i:\p{Lu})[^\n]{1,120}+
