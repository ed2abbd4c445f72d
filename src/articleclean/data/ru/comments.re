# Russian comment-section heading shapes (comment_sections): "24 комментария", "Комментарии (12)".
n_comments: \d(?:[\d.,]|\s(?=\d))*+ (?:комментари(?:й|я|ев)|ответ(?:а|ов)?+)
comments_n: комментарии\s*+[(（:]?+\s*+\d(?:[\d.,]|\s(?=\d))*+\s*+[)）]?+
