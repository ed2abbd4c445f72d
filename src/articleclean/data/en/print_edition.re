# Print-edition lines (print_edition). Named groups: publication, date, page (all optional
# except publication). The date group is read by the date parser.
paren_date_page: [(（]\s*+(?P<publication>\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?)\s++(?P<date>\d\d?+[/.-]\d\d?+[/.-]\d{4}|\d{4}-\d\d?+-\d\d?+)\s*+,?+\s*+(?:page|p\.|pg\.?+)\s*+(?P<page>[A-Z]?+\d{1,3}+[A-Z]?+)\s*+[)）]
paren_page_date: [(（]\s*+(?P<publication>\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?),?+\s++(?:page|p\.|pg\.?+)\s*+(?P<page>[A-Z]?+\d{1,3}+[A-Z]?+),?+\s++(?P<date>[\p{L}\p{N} ,./-]{6,30}+)[)）]
appears_in_print: (?:a version of this (?:article|story|review|column|essay) )?+appear(?:s|ed) in print on (?P<date>[\p{L}\p{N} .,]{6,30}?),?+ (?:(?:in )?+section (?P<section>[\w-]{1,10}+),? )?+(?:on )?+page (?P<page>[\w-]{1,6}+) of the (?P<publication>[\p{L}\p{N} .'’&-]{3,60}?) edition\b.*+
print_edition_of: this (?:article|story) (?:appeared|appears) in the (?P<date_hint>[\p{L}\p{N} ,]{0,30}?)\s*+print edition of (?P<publication>[\p{L}\p{N} .'’&-]{3,60}?)(?: under the headline.*+|\.?+)
published_in_print: (?:published|printed) in (?:the )?+(?P<publication>[\p{L}\p{N} .'’&-]{3,60}?) (?:print edition|in print) (?:on )?+(?P<date>[\p{L}\p{N} ,/-]{6,30}+)\.?+
# "A version of this article appears in print on Jan. 14, 2017, on Page A12 of The Harbor Tribune
# with the headline: ...".
appears_in_print_of: (?:a version of this (?:article|story|review|column|essay) )?+appear(?:s|ed) in print on (?P<date>[\p{L}\p{N} .,]{6,30}?),?+ on page (?P<page>[\w-]{1,6}+) of (?P<publication>(?-i:The(?:\s\p{Lu}[\p{L}&.'’-]*+){1,5}+|\p{Lu}[\p{L}&.'’-]*+(?:\s\p{Lu}[\p{L}&.'’-]*+){0,5}+))(?: with the headline\b.*+|\.?+)
# "A version of this article appeared in the print edition of The Straits Times on July 12, 2016,
# with the headline '...'.": the publication before the date.
print_edition_of_on: (?:a version of this (?:article|story) )?+(?:appeared|appears) in the print edition of (?P<publication>[\p{L}\p{N} .'’&-]{3,60}?) on (?P<date>[\p{L}\p{N} ,./-]{6,30}?),?+(?: with the headline\b.*+|\.?+)
# "This article appears in the September 2016 issue of The Meridian with the headline ...": a
# magazine issue (a month, no day: no date).
issue_of: (?:this|a version of this) (?:article|story|essay|feature) (?:appears|appeared) in the (?P<date_hint>[\p{L}\p{N} ,]{0,30}?)\s*+issue of (?P<publication>(?-i:(?:The\s)?+\p{Lu}[\p{L}&.'’-]*+(?:\s\p{Lu}[\p{L}&.'’-]*+){0,5}+))(?: with the headline\b.*+|\.?+)
