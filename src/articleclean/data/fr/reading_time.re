# Durée de lecture (dates): "Lecture 3 min.", "5 min de lecture", "Temps de lecture : 4 min".
lecture: (?:temps\s++de\s++)?+lecture\s*+:?\s*+\d{1,3}+\s*+min(?:utes?)?+\.?+
de_lecture: \d{1,3}+\s*+min(?:utes?)?+\.?+\s++de\s++lecture
