# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:dit|deze|ons) (?:artikel|bericht|pagina|overzicht|stuk)[^\n]{0,40}? bevat (?:zogenaamde )?+affiliate[- ]?+links?\b[^\n]{0,240}+
