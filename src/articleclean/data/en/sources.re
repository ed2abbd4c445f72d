# Shapes of source credits that are not names from sources.txt (source, byline).
# "Detroit News wire services", "Staff and wire reports", "CNN Wire Staff".
wire: (?-i:(?:\p{Lu}[\p{L}.&'’-]*+\s++){0,4}?)(?:staff and )?(?:wire services|wire service|news services|news service|wire reports|staff reports|staff report|wire staff|news wire|staff and wire reports)
