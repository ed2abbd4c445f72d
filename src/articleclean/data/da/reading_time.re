# Læsetid (dates): "Læsetid: 4 min.", "4 min. læsning", "Læsetid ca. 3 minutter".
laesetid: (?:læsetid|estimeret læsetid|beregnet læsetid)\s*+:?\s*+(?:ca\.?+\s*+|cirka\s++)?+\d{1,3}+\s*+min(?:utter|\.)?+
min_laesning: \d{1,3}+\s*+min(?:utter|utters|\.)?+\s++(?:læsning|læsetid|at læse)
