# Czech cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:my a naši partneři )?+(?:používáme|využíváme) (?:soubory |soubor |technologie )?+cookies?+\b[^\n]{0,800}+
site_uses: (?:(?:tento|náš) (?:web|server|portál)|(?:tato|naše) webová stránka|(?:tyto|naše) (?:webové stránky|stránky)) (?:používá|používají|využívá|využívají) (?:soubory |soubor )?+cookies?+\b[^\n]{0,800}+
we_and_partners: my a naši (?:\d++ )?+(?:důvěryhodní )?+partneři[^\n]{0,800}+
by_clicking: kliknutím na(?:(?!souhlasím|přijmout|přijímám|rozumím)[^\n]){0,60}+(?:souhlasím|přijmout|přijímám|rozumím)[^\n]{0,600}+
by_using: (?:pokračováním|dalším používáním|používáním) (?:v prohlížení |v procházení )?+(?:tohoto |těchto |našeho |našich )?+(?:webu|stránek|webových stránek|serveru)[^\n]{0,600}+
