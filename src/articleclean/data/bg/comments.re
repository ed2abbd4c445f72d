# Bulgarian comment-section heading shapes (comment_sections): "14 коментара", "Коментари (14)".
n_comments: \d(?:[\d.,]|\s(?=\d))*+ (?:коментар(?:а|и)?+|мнени(?:я|е)|отговор(?:а|и)?+)
comments_n: (?:коментари|мнения)\s*+[(（:]?+\s*+\d(?:[\d.,]|\s(?=\d))*+\s*+[)）]?+
