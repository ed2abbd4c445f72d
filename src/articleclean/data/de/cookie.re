# German cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: wir (?:verwenden|nutzen|setzen|benutzen)(?:(?!cookies)[^\n]){0,30}+cookies\b[^\n]{0,800}+
site_uses: diese (?:website|webseite|seite|internetseite) (?:verwendet|nutzt|benutzt|setzt) cookies\b[^\n]{0,800}+
we_and_partners: wir und unsere (?:\d++ )?+(?:partner|drittanbieter)[^\n]{0,800}+
by_clicking: (?:mit (?:dem )?+|durch (?:den )?+)klick auf(?:(?!akzeptieren|zustimmen|einverstanden)[^\n]){0,80}+(?:akzeptieren|zustimmen|einverstanden)[^\n]{0,600}+
by_using: (?:durch die|mit der|bei) (?:weitere[n]? )?+nutzung (?:dieser|unserer) (?:website|webseite|seite)[^\n]{0,600}+
