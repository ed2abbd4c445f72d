# Datelines of Indonesian news sites (dateline): matched at the start of the first paragraph;
# what they match is cut from it. The outlet is the site's own, written as its address or in
# capitals: "SEMARANG, KOMPAS.com -", "Jakarta, CNN Indonesia --", "TEMPO.CO, Jakarta -",
# "Liputan6.com, Jakarta -". ("Jakarta (ANTARA) -" is en/dateline.re:agency.)
place_outlet: (?-i:(?P<place>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,2}+),\s*+(?P<agency>\p{Lu}{2}[\p{Lu}\p{N}&]*+(?:\s\p{Lu}[\p{L}\p{N}&]*+){0,2}+(?i:\.(?:co\.id|com|co|id|net|tv))?+|\p{Lu}[\p{L}\p{N}&-]*+(?i:\.(?:co\.id|com|co|id|net|tv))))\s*+(?:--|—|–|-)\s*+
outlet_place: (?-i:(?P<agency>\p{Lu}[\p{L}\p{N}&-]*+(?i:\.(?:co\.id|com|co|id|net|tv))),\s*+(?P<place>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,2}+)\s*+(?:--|—|–|-)\s*+)
