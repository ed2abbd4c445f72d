# Rating widgets (trailing_counters), whole line: a row of stars, or a star and a score with
# its count ("★★★★★", "★4.6（128件）"). Language-specific shapes are in <lang>/ratings.re.
stars: (?:[★☆✩✭⭐]\s*+){3,10}+(?:[(（]?+\d[\d.,]*+[)）]?+)?+
star_score: [★☆⭐]\s*+\d(?:[.,]\d{1,2}+)?+\s*+[(（]\s*+\d[\d,.]*+\s*+(?:件|票|人|reviews?|ratings?|votes?)?+\s*+[)）]
