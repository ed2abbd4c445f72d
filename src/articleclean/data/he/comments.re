# Hebrew comment-section heading shapes (comment_sections): "12 תגובות", "תגובות (12)".
n_comments: \d[\d.,]*+ (?:תגובות|תגובה|טוקבקים)
comments_n: (?:תגובות|טוקבקים|לכל התגובות|לתגובות)\s*+[(（:]?+\s*+\d[\d.,]*+\s*+[)）]?+
