# Lesetid (dates): "Lesetid: 4 min.", "4 min lesing", "Lesetid ca. 3 minutter".
lesetid: (?:lesetid|estimert lesetid|beregnet lesetid)\s*+:?\s*+(?:ca\.?+\s*+|cirka\s++|omtrent\s++)?+\d{1,3}+\s*+min(?:utter|\.)?+
min_lesing: \d{1,3}+\s*+min(?:utter|utters|\.)?+\s++(?:lesing|lesetid|å lese)
