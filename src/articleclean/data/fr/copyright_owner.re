# The owner named before the rights line (publisher), where no © mark stands:
# "Sud Ouest Matin — Tous droits réservés".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!tous[ \t]++droits\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+tous[ \t]++droits[ \t]++réservés\.?+$
