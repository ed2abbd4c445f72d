# Czech comment-section heading shapes (comment_sections): "12 komentářů", "Diskuze (12)".
n_comments: \d(?:[\d.]|\s(?=\d))*+ (?:komentář(?:e|ů)?+|příspěvk(?:y|ů)|názor(?:y|ů))(?: (?:k|ke|pod) [^\n]{1,120}+)?+
comments_n: (?:vstoupit do )?+(?:diskuz[ei]|diskus[ei]|komentáře|komentářů)\s*+[(（]\s*+\d(?:[\d.]|\s(?=\d))*+\s*+[)）]
