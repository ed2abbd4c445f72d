# Indonesian comment-section heading shapes (comment_sections): "12 Komentar", "Komentar (12)".
n_comments: \d[\d.]*+ (?:komentar|tanggapan)(?: (?:untuk|pada|di) [^\n]{1,120}+)?+
comments_n: (?:komentar|tanggapan)\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
