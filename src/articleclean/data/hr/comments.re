# Croatian comment-section heading shapes (comment_sections): "14 komentara", "Komentari (14)".
n_comments: \d(?:[\d.,]|\s(?=\d))*+ (?:komentar(?:a|i)?+|odgovor(?:a|i)?+)
comments_n: komentari\s*+[(（:]?+\s*+\d(?:[\d.,]|\s(?=\d))*+\s*+[)）]?+
