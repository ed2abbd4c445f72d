# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:ez a|a|az) (?:cikk|bejegyz[eé]s|oldal|[ií]r[aá]s|aj[aá]nl[oó])[^\n]{0,40}? (?:affiliate |partner)?+(?:linkeket|hivatkoz[aá]sokat)\s++tartalmaz[^\n]{0,240}+
