# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: (?:katso hinta|katso tarjous|tarkista hinta|osta nyt|siirry kauppaan) (?:kaupassa |verkkokaupassa )?+(?-i:\p{Lu})[^\n]{0,40}+
affiliate_disclosure: (?:artikkeli|juttu|teksti|sivu|opas|testi|tämä (?:artikkeli|juttu|teksti|sivu|opas|testi))[^\n]{0,40}? (?:sisältää|saattaa sisältää|voi sisältää) (?:niin sanottuja |ns\. )?+(?:mainoslinkkejä|kumppanilinkkejä|affiliate-linkkejä|affiliatelinkkejä)\b[^\n]{0,240}+
