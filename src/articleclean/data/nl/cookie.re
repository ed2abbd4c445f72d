# Dutch cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:wij|we) (?:gebruiken|plaatsen|maken gebruik van)(?:(?!cookies)[^\n]){0,30}+cookies\b[^\n]{0,800}+
site_uses: (?:deze|onze) (?:website|webpagina|site) (?:gebruikt|plaatst|maakt gebruik van)(?:(?!cookies)[^\n]){0,30}+cookies\b[^\n]{0,800}+
we_and_partners: (?:wij|we) en onze (?:\d++ )?+(?:partners|leveranciers|derde partijen)[^\n]{0,800}+
by_clicking: (?:door|als (?:je|u)|wanneer (?:je|u)) op (?:(?!akkoord|accepte|toestaan)[^\n]){0,30}+(?:akkoord|accepteren|accepteer|toestaan)(?:(?!klik)[^\n]){0,30}+klik[^\n]{0,600}+
by_using: door (?:(?:verder te gaan|verder te surfen|verder te klikken|gebruik te maken van|verder gebruik te maken van) (?:op )?+(?:deze|onze) (?:website|site|webpagina)|deze (?:website|site) (?:verder )?+te (?:gebruiken|bezoeken))[^\n]{0,600}+
