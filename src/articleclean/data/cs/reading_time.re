# Doba čtení (dates): "Doba čtení: 4 min", "4 min čtení", "Čtení na 4 minuty".
doba_cteni: (?:doba|délka) čtení\s*+:?\s*+(?:cca\s*+|asi\s*+)?+\d{1,3}+\s*+(?:min(?:ut[ay]?+|\.)?+)
min_cteni: (?:cca\s*+)?+\d{1,3}+\s*+min(?:ut[ay]?+|\.)?+\s++čtení
cteni_na: čtení na (?:\d{1,3}+|jednu|dvě|tři|čtyři|pět) minut[uy]?+
