# Print-edition lines (print_edition). Named groups: publication, date, page (all optional
# except publication). The date group is read by the date parser.
paren_date_page: [(（]\s*+(?P<publication>\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?)\s++(?P<date>\d\d?+[/.-]\d\d?+[/.-]\d{4}|\d{4}-\d\d?+-\d\d?+)\s*+,?+\s*+(?:page|p\.|pg\.?+)\s*+(?P<page>[A-Z]?+\d{1,3}+[A-Z]?+)\s*+[)）]
paren_page_date: [(（]\s*+(?P<publication>\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?),?+\s++(?:page|p\.|pg\.?+)\s*+(?P<page>[A-Z]?+\d{1,3}+[A-Z]?+),?+\s++(?P<date>[\p{L}\p{N} ,./-]{6,30}+)[)）]
appears_in_print: (?:a version of this (?:article|story|review|column|essay) )?+appear(?:s|ed) in print on (?P<date>[\p{L}\p{N} .,]{6,30}?),?+ (?:(?:in )?+section (?P<section>[\w-]{1,10}+),? )?+(?:on )?+page (?P<page>[\w-]{1,6}+) of the (?P<publication>[\p{L}\p{N} .'’&-]{3,60}?) edition\b.*+
print_edition_of: this (?:article|story) (?:appeared|appears) in the (?P<date_hint>[\p{L}\p{N} ,]{0,30}?)\s*+print edition of (?P<publication>[\p{L}\p{N} .'’&-]{3,60}?)(?: under the headline.*+|\.?+)
published_in_print: (?:published|printed) in (?:the )?+(?P<publication>[\p{L}\p{N} .'’&-]{3,60}?) (?:print edition|in print) (?:on )?+(?P<date>[\p{L}\p{N} ,/-]{6,30}+)\.?+
