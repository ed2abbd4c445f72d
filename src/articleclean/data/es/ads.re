# Shopping buttons and affiliate disclosures (ad_labels), whole line.
shop_button: ver (?:el )?+(?:precio|precios|oferta|ofertas) en [^\n]{1,40}+
affiliate_disclosure: (?:este|esta) (?:artículo|contenido|publicación|entrada|nota)[^\n]{0,40}? (?:contiene|puede contener) enlaces de afiliad[oa]s?+\b[^\n]{0,240}+
