# The owner named before the rights line (publisher), where no © mark stands:
# "Gazeta de Nord. Toate drepturile rezervate.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!toate[ \t]++drepturile\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+toate[ \t]++drepturile[ \t]++(?:sunt[ \t]++)?+rezervate\.?+$
