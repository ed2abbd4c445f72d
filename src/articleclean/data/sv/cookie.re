# Swedish cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: vi (?:använder|använder oss av|nyttjar|samlar in)(?:(?!cookies|kakor)[^\n]){0,30}+(?:cookies|kakor)\b[^\n]{0,800}+
site_uses: (?:den här|denna) (?:webbplatsen|webbplats|sajten|sajt|sidan|sida|tjänsten|tjänst) (?:använder|använder sig av) (?:cookies|kakor)\b[^\n]{0,800}+
we_and_partners: vi och våra (?:\d++ )?+(?:partner|partners|samarbetspartner|samarbetspartners|leverantörer)\b[^\n]{0,800}+
by_clicking: (?:genom att|när du|om du) klicka(?:r)?+ på(?:(?!godkänn|acceptera)[^\n]){0,80}+(?:godkänn|acceptera)[^\n]{0,600}+
by_continuing: (?:genom att|om du) fortsätt(?:er|a) (?:att )?+(?:använda|surfa på|besöka) (?:den här |denna |vår |våra )?+(?:webbplatsen|webbplats|sajten|sajt|sidan|sida|tjänsten|tjänster)\b[^\n]{0,600}+
