# Arabic comment-section heading shapes (comment_sections): "12 تعليقا", "التعليقات (12)".
n_comments: \d(?:[\d.,٬]|\s(?=\d))*+ (?:تعليقاً|تعليقات|تعليقا|تعليق|ردود|رد)
comments_n: (?:التعليقات|تعليقات)\s*+[(（:]?+\s*+\d(?:[\d.,٬]|\s(?=\d))*+\s*+[)）]?+
