# Affiliate / sponsored disclosures (ad_labels), whole line.
affiliate_disclosure: (?:bu )?+(?:içerik|haber|yazı|makale)[^\n]{0,40}? (?:satış ortaklığı|ortaklık|affiliate) (?:bağlantıları|linkleri)(?: içer(?:ir|mektedir)| içeriyor)\b[^\n]{0,240}+
