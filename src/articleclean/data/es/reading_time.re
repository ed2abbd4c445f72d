# Tiempo de lectura (dates): "Lectura: 3 min", "3 min de lectura", "Tiempo de lectura: 4 minutos".
lectura: (?:tiempo\s++de\s++)?+lectura\s*+:?\s*+\d{1,3}+\s*+min(?:utos?)?+\.?+
de_lectura: \d{1,3}+\s*+min(?:utos?)?+\.?+\s++de\s++lectura
