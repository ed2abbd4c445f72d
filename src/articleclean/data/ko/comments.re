# Korean comment-section heading shapes (comment_sections): "전체 댓글 12", "댓글 12개", "댓글 (3)".
# A bare "댓글 12" under a headline is a counter (counters.txt), not a section heading.
whole_thread: 전체\s?+댓글\s*+[(\[（]?+\s*+\d[\d,]*+\s*+개?+\s*+[)\]）]?+
n_comments: 댓글\s*+\d[\d,]*+\s*+개
comments_n: 댓글\s*+[(\[（]\s*+\d[\d,]*+\s*+[)\]）]
