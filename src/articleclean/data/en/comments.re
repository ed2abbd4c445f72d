# Comment-section heading shapes (comment_sections).
n_comments: (?:\d[\d,]*+|no|one|two|three) (?:comments?|responses?|replies|reader comments)(?: on [^\n]{1,120}+)?+
comments_n: comments?\s*+[(（]\s*+\d[\d,]*+\s*+[)）]
replies_to: \d[\d,]*+ (?:thoughts?|responses?) (?:on|to) [^\n]{1,160}+
