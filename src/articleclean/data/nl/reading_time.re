# Leestijd (dates): "Leestijd: 3 minuten", "Leestijd 4 min", "3 min leestijd", "5 minuten leestijd".
leestijd: (?:geschatte\s++)?+leestijd\s*+:?\s*+(?:ca\.\s*+|ongeveer\s++)?+\d{1,3}+\s*+(?:min(?:uten|uut|\.)?+)
min_leestijd: \d{1,3}+\s*+(?:min(?:uten|uut|\.)?+)\s++leestijd
