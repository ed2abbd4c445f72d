# The owner named before the rights line (publisher), where no © mark stands:
# "Harian Nusantara Pos. Hak cipta dilindungi undang-undang.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!(?:seluruh[ \t]++|semua[ \t]++)?+hak[ \t]++cipta\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+(?:(?:seluruh|semua)[ \t]++)?+hak[ \t]++cipta[ \t]++dilindungi(?:[ \t]++undang[- ]undang)?+\.?+$
