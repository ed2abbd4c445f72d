# Japanese comment-section heading shapes (comment_sections): "コメント（12）", "12件のコメント".
n_comments: \d[\d,]*+\s*+件のコメント
comments_n: コメント\s*+[(（]\s*+\d[\d,]*+\s*+件?+\s*+[)）]
