# Hungarian comment-section heading shapes (comment_sections): "12 hozzászólás", "Kommentek (12)".
n_comments: \d[\d.]*+ (?:hozz[aá]sz[oó]l[aá]s|komment)(?: (?:a|az) [^\n]{1,120}+ (?:c[ií]m[uű] )?+cikkhez)?+
comments_n: (?:hozz[aá]sz[oó]l[aá]sok|kommentek)\s*+(?:[(（]\s*+\d[\d.]*+\s*+[)）]|:\s*+\d[\d.]*+)
