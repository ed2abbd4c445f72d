# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: (?:check|see|view) (?:the )?+(?:price|prices|deal|deals|offer|offers) (?:on|at) [^\n]{1,40}+
affiliate_disclosure: (?:this|the) (?:post|article|page|story|content|review|guide)[^\n]{0,40}? (?:contains|may contain|includes) affiliate links?\b[^\n]{0,240}+
