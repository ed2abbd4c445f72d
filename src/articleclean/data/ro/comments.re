# Romanian comment-section heading shapes (comment_sections): "12 comentarii", "Comentarii (12)".
n_comments: \d[\d.]*+ (?:de )?+(?:comentarii|comentariu)(?: la [^\n]{1,120}+)?+
comments_n: (?:comentarii|comentariile cititorilor)\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
