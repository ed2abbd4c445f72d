# The owner named before the rights line (publisher), where no © mark stands:
# "Fjordposten. Alle rettigheder forbeholdes.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!alle[ \t]++rettigheder\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+alle[ \t]++rettigheder[ \t]++(?:forbeholdes|forbeholdt)\.?+$
