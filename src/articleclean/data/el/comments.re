# Greek comment-section heading shapes (comment_sections): "12 σχόλια", "Σχόλια (12)".
n_comments: \d[\d.]*+ σχ[οό]λι[αο](?: (?:για|στο|στην) [^\n]{1,120}+)?+
comments_n: σχ[οό]λια(?: αναγνωστ[ωώ]ν)?+\s*+(?:[(（]\s*+\d[\d.]*+\s*+[)）]|:\s*+\d[\d.]*+)
