# Dutch comment-section heading shapes (comment_sections): "12 reacties", "Reacties (12)".
n_comments: \d[\d.]*+ (?:reacties?|lezersreacties?)(?: (?:op|bij) [^\n]{1,120}+)?+
comments_n: (?:reacties?|lezersreacties)\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
