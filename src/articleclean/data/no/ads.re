# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: (?:se (?:prisen|pris|tilbudet)|til tilbudet|kjøp nå|kjøp her|gå til butikk) (?:hos|på) [^\n]{1,40}+
affiliate_disclosure: (?:artikkelen|saken|teksten|siden|guiden|testen|(?:denne|dette) (?:artikkelen|saken|teksten|siden|guiden|testen|innlegget))[^\n]{0,40}? (?:inneholder|kan inneholde) (?:såkalte )?+(?:affiliate-lenker|affiliatelenker|annonselenker|reklamelenker|annonselinker)\b[^\n]{0,240}+
