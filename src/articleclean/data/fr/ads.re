# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:cet|cette) (?:article|page|publication|sélection)[^\n]{0,40}? contient des liens (?:d['’])?+affili(?:és|ation)\b[^\n]{0,240}+
