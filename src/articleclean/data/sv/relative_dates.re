# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "för 2 timmar sedan", "3 min sedan", "i går 14.32", "i dag kl. 08.15".
ago: (?:för\s++)?+(?:\d{1,3}+|en|ett)\s++(?:sekunder|sekund|sek|minuter|minut|min|timmar|timme|tim|dagar|dag|veckor|vecka|månader|månad|år)\s++sedan
day_time: (?:i\s*+dag|i\s*+går|i\s*+förrgår)(?:,?+\s*+(?:kl\.?+|klockan)?+\s*+\d{1,2}+[:.]\d\d)?+
