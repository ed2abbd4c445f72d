# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: ver (?:o )?+(?:preço|preços|oferta|ofertas|mais ofertas|desconto) (?:na|no|em) [^\n]{1,40}+
affiliate_disclosure: (?:este|esse) (?:conteúdo|post|artigo|texto)[^\n]{0,40}? (?:contém|pode conter) links? de afiliad[oa]s?+\b[^\n]{0,240}+
