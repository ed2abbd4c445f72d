# Vietnamese comment-section heading shapes (comment_sections): "12 bình luận", "Bình luận (12)".
n_comments: \d[\d.]*+ (?:bình luận|ý kiến)(?: (?:về|cho) [^\n]{1,120}+)?+
comments_n: (?:bình luận|ý kiến(?: bạn đọc)?+)\s*+[(（]\s*+\d[\d.]*+\s*+[)）]
