# Spanish comment-section heading shapes (comment_sections): "12 comentarios", "Comentarios (12)".
n_comments: \d[\d.,]*+ (?:comentarios?|respuestas?)(?: (?:a|en|sobre) [^\n]{1,120}+)?+
comments_n: comentarios?\s*+[(（]\s*+\d[\d.,]*+\s*+[)）]
