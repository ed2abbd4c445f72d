# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:tento|náš) (?:článek|text|příspěvek|návod)[^\n]{0,40}? obsahuje (?:tzv\. )?+(?:affiliate|partnersk[éý]|provizní) odkazy?\b[^\n]{0,240}+
