# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:dieser|dieses|unser) (?:artikel|beitrag|text|ratgeber)[^\n]{0,40}? enthält (?:sogenannte )?+affiliate-links?\b[^\n]{0,240}+
