# Rating counts (trailing_counters), whole line: "4,8 de 5 (36 avaliações)".
score_of_five: \d(?:,\d{1,2}+)?+ de 5(?: estrelas)?+(?:\s*+\(?\d[\d.]*+ (?:avaliaç(?:ão|ões)|votos?)\)?+)?+
