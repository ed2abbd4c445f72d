# Olvasási idő (dates): "Olvasási idő: 3 perc", "Olvasási idő kb. 4 perc", "3 perc olvasás", "4 perces olvasmány".
olvasasi_ido: olvas[aá]si id[oő]\s*+:?\s*+(?:kb\.\s*+|k[oö]r[uü]lbel[uü]l\s++|nagyj[aá]b[oó]l\s++)?+\d{1,3}+\s*+(?:perc|p\.|min\.?+)
perc_olvasas: \d{1,3}+\s*+(?:perc(?:es)?+|p\.|min\.?+)\s++(?:olvas[aá]s|olvasm[aá]ny|olvas[aá]si id[oő])
