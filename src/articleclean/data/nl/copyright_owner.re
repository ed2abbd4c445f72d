# The owner named before the rights line (publisher), where no © mark stands:
# "Het Noorderlicht. Alle rechten voorbehouden.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!alle[ \t]++rechten\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+alle[ \t]++rechten[ \t]++voorbehouden\.?+$
