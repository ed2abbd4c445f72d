# The owner named before the rights line (publisher), where no © mark stands:
# "Nordvikposten. Alle rettigheter forbeholdt.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!alle[ \t]++rettigheter\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+alle[ \t]++rettigheter[ \t]++(?:forbeholdt|reservert)\.?+$
