# Datelines at the start of a story (dateline): matched at the start of the first paragraph;
# what they match is cut from it. Groups: place (as printed), date (month and day, maybe a
# year), agency (becomes the source when none is printed elsewhere).
# "BEIJING, July 12 (Xinhua) --", "WASHINGTON (AP) —", "Beijing, July 12 (Xinhua) --", and
# CNN's "New York (CNN)A museum ..." with the first word glued to the agency.
agency: (?-i:(?P<place>\p{Lu}[\p{L}.'’ -]{1,40}?(?:,\s\p{Lu}[\p{L}.]{1,20}+)?)),?+\s*+(?:(?P<date>\p{Lu}\p{Ll}{2,8}+\.?+\s\d{1,2}+(?:,\s(?:19|20)\d\d)?+),?+\s*+)?+\((?P<agency>\p{Lu}[\p{L}\p{N} .&'’-]{1,40}?)\)(?:\s*+(?:--|—|–|-|:)\s*+|(?-i:(?=\p{Lu}[\p{Ll}\s'’])))
# "MADRID —", "SAN FRANCISCO, Calif. —", "LONDON, July 12 --": an upper-case place and a dash.
caps: (?-i:(?P<place>\p{Lu}\p{Lu}[\p{Lu}.'’ -]{0,40}?(?:,\s\p{Lu}[\p{L}.]{1,20}+)?)),?+\s*+(?:(?P<date>\p{Lu}\p{Ll}{2,8}+\.?+\s\d{1,2}+(?:,\s(?:19|20)\d\d)?+)\s*+)?+(?:--|—|–)\s*+
# "(CNN) President Donald Trump ...": the agency alone in brackets.
agency_only: (?-i:\((?P<agency>\p{Lu}[\p{Lu}\p{N}&.-]{1,12}+|\p{Lu}\p{Ll}{2,15}+)\))\s*+(?:--|—|–|-|:)?+\s*+
# Press releases: "SAN JOSE, Calif., March 3, 2015 /PRNewswire/ --".
release: (?-i:(?P<place>\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:,\s\p{Lu}[\p{L}.]{1,20}+)?)),\s++(?P<date>\p{Lu}\p{Ll}{2,8}+\.?+\s\d{1,2}+,\s(?:19|20)\d\d)\s*+/(?P<agency>\p{Lu}[\p{L} ]{1,30}?)/\s*+(?:--|—|–|-)\s*+
