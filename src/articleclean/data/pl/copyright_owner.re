# The owner named before the rights line (publisher), where no © mark stands:
# "Gazeta Nadwiślańska. Wszelkie prawa zastrzeżone.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!(?:wszelkie|wszystkie)[ \t]++prawa\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+(?:wszelkie|wszystkie)[ \t]++prawa[ \t]++zastrzeżone\.?+$
