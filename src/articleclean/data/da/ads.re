# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: (?:se (?:prisen|pris|tilbuddet)|til tilbuddet|køb nu|køb her|gå til butik) (?:hos|på) [^\n]{1,40}+
affiliate_disclosure: (?:artiklen|teksten|siden|guiden|indlægget|testen|(?:denne|dette) (?:artikel|tekst|side|guide|indlæg|test))[^\n]{0,40}? (?:indeholder|kan indeholde) (?:såkaldte )?+(?:affiliate-links|affiliatelinks|annoncelinks|reklamelinks)\b[^\n]{0,240}+
