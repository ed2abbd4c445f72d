# The owner a Vietnamese rights line names (publisher): "© Bản quyền thuộc về Báo Sông Hồng.",
# "Bản quyền thuộc Báo Tin Nhanh" (capitalised words after "thuộc (về)" / "của").
owned_by: (?:(?:©|ⓒ|\(c\)|copyright)[ \t]*+(?:(?:19|20)\d\d(?:[ \t]*+[-–][ \t]*+(?:19|20)\d\d)?+[ \t]*+)?+)?+bản[ \t]++quyền[ \t]++(?:thuộc[ \t]++về|thuộc|của)[ \t]++(?P<owner>(?-i:\p{Lu}[\p{L}\p{N}&'’-]*+(?:[ \t]++\p{Lu}[\p{L}\p{N}&'’-]*+){0,5}+))(?:[ \t]*+[.,;|–—-][^\n]{0,300}+)?+
