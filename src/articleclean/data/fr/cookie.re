# French cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: nous (?:utilisons|employons|déposons) (?:des )?+(?:cookies|traceurs)(?:\.|[\s,(]++(?:pour|afin|et|ou|sur|tiers|techniques|nécessaires|de mesure|propres|qui)\b[^\n]{0,800}+)
site_uses: (?:ce|notre) site (?:web |internet )?+(?:utilise|emploie|dépose) (?:des )?+(?:cookies|traceurs)\b[^\n]{0,800}+
we_and_partners: (?:avec votre (?:accord|consentement),? )?+nous et nos (?:\d++ )?+partenaires(?:(?!cookies|traceurs|données)[^\n]){0,200}+(?:cookies|traceurs|données)[^\n]{0,800}+
by_continuing: en (?:poursuivant|continuant) (?:votre )?+navigation[^\n]{0,600}+
by_clicking: en cliquant sur(?:(?!accept)[^\n]){0,80}+accept[^\n]{0,600}+
