# Photo caption and credit shapes (photo_captions), whole line.
credit_label: [(\[（]?+\s*+(?:photo|photograph|image|picture|video|credit|photo credit|image credit|file photo|illustration|graphic)s?+\s*+(?:by|:|：|/|-|–|—|\|)\s*+[^\n]{1,120}+
bracket_credit: [^\n]{0,600}?[\[(（【]\s*+(?:(?:AP|AFP|EPA|Reuters|Getty|Xinhua|Bloomberg|UPI|Kyodo|Yonhap|dpa|EFE|ANSA|PTI|IANS|CNS)\s++)?+(?:photo|photos|image|file photo|video|picture)\s*+(?:/|:|by)\s*+[^\n\])）】]{1,80}+[\])）】]\s*+
credit_dots: credit\.\.\.?+[^\n]{0,120}+
agency_slash: (?-i:(?:[\p{Lu}][\p{L}.'’-]*+ ){0,3}+[\p{Lu}][\p{L}.'’-]*+(?:\s*+/\s*+[\p{Lu}][\p{L}\p{N}&.'’ -]{1,40}+){1,3}+)
agency_credit: (?-i:[\p{Lu}][\p{L}.\'’-]*+(?:\s++[\p{Lu}][\p{L}.\'’-]*+){0,3}+\s*+(?:for|via|/|,|—|-)\s*+(?:Getty Images|Reuters|AP|AFP|EPA|Bloomberg|Shutterstock|Alamy|The New York Times|The Washington Post|The Associated Press|Associated Press|Xinhua|Anadolu Agency|NurPhoto|SOPA Images|Sipa USA|ZUMA Press|dpa|EFE|Kyodo|Yonhap|[\p{Lu}][\p{L}]++ Images)(?:\s*+/\s*+[\p{Lu}][\p{L} ]{1,30}+)?+)
photo_by: (?:photo|photograph|image|picture)s?+ (?:by|courtesy of|courtesy) [^\n]{1,120}+
caption_then_credit: [^\n]{0,400}?[.!?)”’"]\s++(?:[(\[]\s*+)?+(?:photo |image )?+credits?+\s*+:\s*+[^\n]{1,80}+
caption_then_agency: (?-i:[^\n]{10,400}?\s\((?:[^\n()]{1,80}?\svia\s)?+(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Bloomberg|UPI|Kyodo|Yonhap|Jiji|dpa|EFE|ANSA|TASS|PTI|IANS|CNS|AAP|Anadolu)(?: Photo)?+(?:/[^\n()]{1,60}+)?+\)\.?+)
caption_paren_credit: [^\n]{0,400}?\s[(\[]\s*+(?:photo |image )?+credits?+\s*+:\s*+[^\n()\[\]]{1,80}+[)\]]\s*+
photo_shows: (?:photo|picture|image|file photo|this photo)s?+ (?:shows|taken|provided|released|dated|made available)\b[^\n]{0,400}+
# BBC-style caption pairs: "Image source, PA Media" is a credit; "Image caption," (a label line)
# introduces the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:image|video|media) source\s*+,\s*+[^\n]{1,80}+
caption_label: (?:image|media|video|photo) caption\s*+[,:]?+
