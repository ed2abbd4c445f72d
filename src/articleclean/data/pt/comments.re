# Portuguese comment-section heading shapes (comment_sections): "12 comentários", "Comentários (12)".
n_comments: \d[\d.,]*+ (?:comentários?|respostas?)(?: (?:a|em|sobre|para) [^\n]{1,120}+)?+
comments_n: comentários?\s*+[(（]\s*+\d[\d.,]*+\s*+[)）]
