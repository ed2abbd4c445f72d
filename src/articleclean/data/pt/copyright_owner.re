# The owner named before the rights line (publisher), where no © mark stands:
# "Diário de Lisboa — Todos os direitos reservados".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!todos[ \t]++os[ \t]++direitos\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+todos[ \t]++os[ \t]++direitos[ \t]++reservados\.?+$
