# German comment-section heading shapes (comment_sections): "12 Kommentare", "Kommentare (12)".
n_comments: \d[\d.]*+ (?:kommentare?|leserkommentare?|beiträge im forum)(?: (?:zu|zum|zur) [^\n]{1,120}+)?+
comments_n: (?:kommentare?|leserkommentare|forum)\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
