# The owner named before the rights line (publisher), where no © mark stands:
# "Rheinische Abendpost. Alle Rechte vorbehalten.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!alle[ \t]++rechte\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+alle[ \t]++rechte[ \t]++vorbehalten\.?+$
