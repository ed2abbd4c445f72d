# Photo caption and credit shapes (photo_captions), whole line.
credit_label: (?:photo|photograph|image|picture|video|credit|photo credit|image credit|file photo|illustration|graphic)s?+\s*+(?:by|:|：|/|-|–|—|\|)\s*+[^\n]{1,120}+
bracket_credit: [^\n]{0,600}?[\[(（【]\s*+(?:photo|photos|image|file photo|video|picture)\s*+(?:/|:|by)\s*+[^\n\])）】]{1,80}+[\])）】]\s*+
credit_dots: credit\.\.\.?+[^\n]{0,120}+
agency_slash: (?-i:(?:[\p{Lu}][\p{L}.'’-]*+ ){0,3}+[\p{Lu}][\p{L}.'’-]*+(?:\s*+/\s*+[\p{Lu}][\p{L}\p{N}&.'’ -]{1,40}+){1,3}+)
agency_credit: (?-i:(?:[\p{Lu}][\p{L}.'’-]*+ ){1,4}+(?:for|via|/|,|—|-)\s*+(?:Getty Images|Reuters|AP|AFP|EPA|Bloomberg|Shutterstock|Alamy|The New York Times|The Washington Post|The Associated Press|Xinhua|Anadolu Agency|NurPhoto|SOPA Images|Sipa USA|ZUMA Press|dpa|EFE|Kyodo|Yonhap|[\p{Lu}][\p{L}]++ Images))
photo_by: (?:photo|photograph|image|picture)s?+ (?:by|courtesy of|courtesy) [^\n]{1,120}+
