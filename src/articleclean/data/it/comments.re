# Italian comment-section heading shapes (comment_sections): "12 commenti", "Commenti (12)".
n_comments: \d[\d.]*+ (?:commenti|commento|risposte?)(?: (?:a|su|all['’]|al|alla) [^\n]{1,120}+)?+
comments_n: commenti\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
