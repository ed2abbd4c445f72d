# Lesezeit (dates): "Lesezeit: 4 Min.", "4 Min. Lesezeit", "Lesedauer 3 Minuten".
lesezeit: (?:lesezeit|lesedauer)\s*+:?\s*+(?:ca\.\s*+)?+\d{1,3}+\s*+min(?:uten|\.)?+
min_lesezeit: \d{1,3}+\s*+min(?:uten|\.)?+\s++(?:lesezeit|lesedauer)
