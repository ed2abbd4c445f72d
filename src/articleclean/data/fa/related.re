# Persian read-more lines (related_lists): a label, a separator, then the linked headline
# ("بیشتر بخوانید: ...").
read_more_link: (?:بیشتر بخوانید|همچنین بخوانید|بخوانید|بیشتر ببینید|ببینید|مطلب مرتبط|خبر مرتبط|اخبار مرتبط|مطالب مرتبط)\s*+(?:[:：|>»›«‹◀←]|\.{2,3}+|…|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
