# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:ten|nasz) (?:artykuł|tekst|wpis|materiał|poradnik)[^\n]{0,40}? zawiera (?:tzw\. )?+linki? (?:afiliacyjn|partnersk|polecając)[\p{L}]{1,3}+\b[^\n]{0,240}+
