# Turkish comment-section heading shapes (comment_sections): "12 yorum", "Yorumlar (12)".
n_comments: \d[\d.]*+ (?:yorum|okur yorumu)(?:lar)?+
comments_n: (?:yorumlar|yorum|okur yorumları)\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
