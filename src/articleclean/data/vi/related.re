# Vietnamese read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:xem thêm|đọc thêm|tin liên quan|bài liên quan|có thể bạn quan tâm|xem tiếp|đọc tiếp|mời xem|mời đọc)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
mark_link: [>»›▶►→]++\s*+(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*+[:：]?+\s*+\S[^\n]{0,200}+
