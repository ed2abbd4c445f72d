# Timp de citire (dates): "Timp de citire: 4 minute", "3 min de citit", "Citești în 2 minute".
timp_de_citire: (?:timp(?:ul)?+\s++(?:de\s++|estimat\s++de\s++)?+(?:citire|lectură|lectura))\s*+:?\s*+(?:aprox\.\s*+|~\s*+)?+\d{1,3}+\s*+(?:min(?:ute|ut)?+)\.?+
min_de_citit: \d{1,3}+\s*+(?:min(?:ute|ut)?+)\.?+\s++(?:de\s++)?+(?:citit|citire|lectură|lectura)
citesti_in: (?:citești|citeşti|citesti) (?:în|in) \d{1,3}+\s*+(?:min(?:ute|ut)?+)\.?+
