# Tempo de leitura (dates): "Leitura: 3 min", "3 min de leitura", "Tempo de leitura: 4 minutos".
leitura: (?:tempo\s++de\s++)?+leitura\s*+:?\s*+\d{1,3}+\s*+min(?:utos?)?+\.?+
de_leitura: \d{1,3}+\s*+min(?:utos?)?+\.?+\s++de\s++leitura
