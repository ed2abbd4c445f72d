# The owner named before the rights line (publisher), where no © mark stands:
# "Alföldi Esti Hírlap. Minden jog fenntartva.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!minden[ \t]++jog\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+minden[ \t]++jog[ \t]++fenntartva[.!]?+$
