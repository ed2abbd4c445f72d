# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:acest|această|aceasta) (?:articol|material|pagină|pagina|text)[^\n]{0,40}? conține (?:linkuri|link-uri) (?:de )?+afiliere\b[^\n]{0,240}+
