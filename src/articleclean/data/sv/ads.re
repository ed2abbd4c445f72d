# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: (?:se (?:priset?|erbjudandet)|till erbjudandet|köp nu|handla nu) (?:hos|på) [^\n]{1,40}+
affiliate_disclosure: (?:artikeln|texten|sidan|guiden|inlägget|testet|(?:den här|denna|detta) (?:artikel|text|sida|guide|inlägg|test))[^\n]{0,40}? (?:innehåller|kan innehålla) (?:så kallade )?+(?:affiliatelänkar|affiliate-länkar|annonslänkar|reklamlänkar)\b[^\n]{0,240}+
