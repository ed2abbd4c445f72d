# The owner named before the rights line (publisher), where no © mark stands:
# "Ege Postası. Tüm hakları saklıdır.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!(?:tüm|bütün|her)[ \t]++hak)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+(?:(?:tüm|bütün)[ \t]++hakları|her[ \t]++hakkı)[ \t]++saklıdır\.?+$
