# Danish cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: vi (?:bruger|anvender|benytter|indsamler)(?:(?!cookies)[^\n]){0,30}+cookies\b[^\n]{0,800}+
site_uses: (?:denne|dette) (?:hjemmeside|website|webside|side|site|tjeneste) (?:bruger|anvender|benytter) cookies\b[^\n]{0,800}+
we_and_partners: vi og vores (?:\d++ )?+(?:partnere|samarbejdspartnere|leverandører)\b[^\n]{0,800}+
by_clicking: (?:ved at|når du|hvis du) klikke(?:r)?+ på(?:(?!accepter|acceptér|tillad|ok)[^\n]){0,80}+(?:accepter|acceptér|tillad|ok)[^\n]{0,600}+
by_continuing: (?:ved at|hvis du) fortsætte(?:r)?+ (?:med at )?+(?:bruge|benytte|besøge) (?:denne |dette |vores )?+(?:hjemmesiden|hjemmeside|websitet|website|siden|side|sitet|site)\b[^\n]{0,600}+
