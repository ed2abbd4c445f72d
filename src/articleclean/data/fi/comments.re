# Finnish comment-section heading shapes (comment_sections): "12 kommenttia", "Kommentit (12)".
n_comments: \d(?:\d|[\s.](?=\d))*+ (?:kommenttia|kommentti|viestiä keskustelussa)\b(?: [^\n]{1,120}+)?+
comments_n: (?:kommentit|kommentoi|keskustelu)\s*+[(（]\s*+\d(?:\d|[\s.](?=\d))*+\s*+[)）]
