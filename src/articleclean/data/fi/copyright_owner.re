# The owner named before the rights line (publisher), where no © mark stands:
# "Kuusijärven Sanomat. Kaikki oikeudet pidätetään.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!kaikki[ \t]++oikeudet\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+kaikki[ \t]++oikeudet[ \t]++(?:pidätetään|pidätetty)\.?+$
