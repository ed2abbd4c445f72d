# Rating counts (trailing_counters), whole line: "4.8 from 36 votes", "Rated 4.5 out of 5".
score_from_votes: \d(?:\.\d{1,2}+)?+(?:\s*+/\s*+5)?+ from \d[\d,]*+ (?:votes?|ratings?|reviews?)
out_of_five: (?:rated\s++)?+\d(?:\.\d{1,2}+)?+ out of 5(?: stars)?+(?:\s*+\(?\d[\d,]*+ (?:votes?|ratings?|reviews?)\)?+)?+
