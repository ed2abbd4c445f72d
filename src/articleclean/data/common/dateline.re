# Datelines written the same way in many languages (dateline): matched at the start of the
# first paragraph; what they match is cut from it. Groups: place, date (day and month name,
# maybe a year; the month must be one of data/*/months.txt), agency.
# "ROMA, 12 LUG -" (after "(ANSA) -"), "Lisboa, 12 jul 2016 (Lusa) -", "Madrid, 12 jul (EFE).-",
# "КАЗАНЬ, 12 июл — РИА Новости.", "МОСКВА, 12 июля. /ТАСС/.".
day_month: (?-i:(?:\((?P<agency>\p{Lu}[\p{Lu}\p{N}&.-]{1,12}+)\)\s*+[-–—]\s*+)?+(?P<place>\p{Lu}[\p{L}'’.-]*+(?:\s(?:\p{Lu}[\p{L}'’.-]*+|d[aeo]s?+|del|di)){0,3}+),\s*+(?P<date>\d{1,2}+\.?+\s++\p{L}{3,10}+(?:\s++(?:19|20)\d\d)?+)\.?+\s*+(?:\((?P<agency>\p{Lu}[\p{L}\p{N}&.'’ -]{1,30}?)\)\s*+\.?+\s*+(?:--|—|–|-)?+|/(?P<agency>\p{Lu}[\p{L}\p{N}&.'’ -]{1,30}?)/\s*+\.?+|(?:--|—|–|-)\s*+(?:(?P<agency>\p{Lu}[\p{L}\p{N}&]*+(?:\s\p{Lu}[\p{L}\p{N}&]*+){0,3}+)\.(?=\s))?+))\s*+
# "PUNE:", "Dubai:": a place and a colon. Taken only when the place is named again in the
# story as a proper noun (the extractor checks), since "Update:" or "Analysis:" look the
# same; and not when it opens other paragraphs too ("DEAR ABBY:" letter after letter) or is
# the name the byline took ("Sen. Jane Roe:" over a teaser by Sen. Jane Roe).
colon: (?-i:(?P<place>\p{Lu}[\p{L}'’.-]*+(?:\s\p{Lu}[\p{L}'’.-]*+){0,2}+)):\s++(?=[\p{Lu}\p{N}"“‘'])
