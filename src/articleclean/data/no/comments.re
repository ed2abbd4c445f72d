# Norwegian comment-section heading shapes (comment_sections): "12 kommentarer", "Kommentarer (12)".
n_comments: \d(?:\d|[\s.](?=\d))*+ (?:kommentarer|kommentar|innlegg i debatten)(?: (?:til|om|på) [^\n]{1,120}+)?+
comments_n: (?:kommentarer|kommenter|debatt|diskuter)\s*+[(（]\s*+\d(?:\d|[\s.](?=\d))*+\s*+[)）]
