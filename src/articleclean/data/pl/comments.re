# Polish comment-section heading shapes (comment_sections): "12 komentarzy", "Komentarze (12)".
n_comments: \d(?:[\d.]|\s(?=\d))*+ (?:komentarz(?:e|y)?+|opinii|opinie)(?: (?:do|pod) [^\n]{1,120}+)?+
comments_n: (?:komentarze|komentarzy|dyskusja|opinie)\s*+[(（]\s*+\d(?:[\d.]|\s(?=\d))*+\s*+[)）]
