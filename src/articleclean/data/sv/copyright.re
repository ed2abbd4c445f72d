# Swedish copyright / reprint / publisher lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!alla rättigheter)[^\n]){0,200}+alla rättigheter (?:förbehållna|reserverade)[^\n]{0,300}+
reserved_then: alla rättigheter (?:förbehållna|reserverade)[.,;:–|-]\s*+[^\n]{1,300}+
without_permission: (?:eftertryck|(?:kopiering|återgivning|mångfaldigande|publicering|spridning|användning) (?:av|från) (?:material|materialet|innehåll|innehållet|artiklar|artiklarna|texter|bilder|sajtens|webbplatsens|tidningens)\b)(?:(?!utan )[^\n]){0,80}+utan (?:(?:skriftligt|föregående|uttryckligt|redaktionens|utgivarens) )*+(?:tillstånd|medgivande)[^\n]{0,200}+
# the responsible publisher of a Swedish outlet, printed in the footer: "Ansvarig utgivare: Karin Ek"
responsible_publisher: ansvarig utgivare\s*+(?::|(?<=\s)[–—-])?+\s*+(?-i:\p{Lu})[^\n]{1,80}+
