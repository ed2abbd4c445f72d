# The owner named before the rights line (publisher), where no © mark stands:
# "Gazzetta del Lago. Tutti i diritti riservati.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!tutti[ \t]++i[ \t]++diritti\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+tutti[ \t]++i[ \t]++diritti[ \t]++riservati\.?+$
