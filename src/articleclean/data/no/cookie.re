# Norwegian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: vi (?:bruker|benytter|anvender|samler inn)(?:(?!cookies|informasjonskapsler)[^\n]){0,30}+(?:cookies|informasjonskapsler)\b[^\n]{0,800}+
site_uses: (?:denne|dette) (?:nettsiden|nettstedet|siden|nettsted|tjenesten) (?:bruker|benytter|anvender) (?:cookies|informasjonskapsler)\b[^\n]{0,800}+
we_and_partners: vi og (?:våre|vår) (?:\d++ )?+(?:partnere|samarbeidspartnere|leverandører)\b[^\n]{0,800}+
by_clicking: (?:ved å|når du|hvis du) klikke(?:r)?+ på(?:(?!godta|aksepter|tillat|ok)[^\n]){0,80}+(?:godta|aksepter|tillat|ok)[^\n]{0,600}+
by_continuing: (?:ved å|hvis du) fortsette(?:r)?+ (?:å )?+(?:bruke|besøke) (?:denne |dette |vår |våre )?+(?:nettstedet|nettsiden|nettsted|siden|tjenesten)\b[^\n]{0,600}+
