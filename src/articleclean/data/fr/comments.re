# French comment-section heading shapes (comment_sections): "12 commentaires", "Commentaires (12)".
n_comments: \d(?:[\d.,]|\s(?=\d))*+ (?:commentaires?|réactions?|contributions?)(?: (?:sur|à|a) [^\n]{1,120}+)?+
comments_n: (?:commentaires?|réactions?)\s*+[(（]\s*+\d(?:[\d.,]|\s(?=\d))*+\s*+[)）]
reagir_n: réagir\s*+\(\s*+\d[\d\s]*+\)
