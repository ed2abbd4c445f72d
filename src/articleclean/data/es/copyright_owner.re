# The owner named before the rights line (publisher), where no © mark stands:
# "Diario del Sur. Todos los derechos reservados.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!todos[ \t]++los[ \t]++derechos\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+todos[ \t]++los[ \t]++derechos[ \t]++reservados\.?+$
