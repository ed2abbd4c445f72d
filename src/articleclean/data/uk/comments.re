# Ukrainian comment-section heading shapes (comment_sections): "24 коментарі", "Коментарі (12)".
n_comments: \d(?:[\d.,]|\s(?=\d))*+ (?:коментар(?:ів|і|я)?+|відповід(?:ей|ь|і))
comments_n: коментарі\s*+[(（:]?+\s*+\d(?:[\d.,]|\s(?=\d))*+\s*+[)）]?+
