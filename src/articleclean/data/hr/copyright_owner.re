# The owner named before the rights line (publisher), where no © mark stands:
# "Jadranski list. Sva prava pridržana.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!sva[ \t]++prava\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+sva[ \t]++prava[ \t]++(?:su[ \t]++)?+(?:pridržana|zadržana)\.?+$
