# Hebrew read-more lines (related_lists): a label, a separator, then the linked headline
# ("קראו גם: ...", "עוד בנושא - ...").
read_more_link: (?:קראו גם|קרא גם|קראי גם|עוד בנושא|עוד על הנושא|כתבות נוספות|לכתבה המלאה)\s*+(?:[:：|>»›«‹◀←]|\.{2,3}+|…|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
