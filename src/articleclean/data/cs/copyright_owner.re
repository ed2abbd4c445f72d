# The owner named before the rights line (publisher), where no © mark stands:
# "Deník Vysočiny. Všechna práva vyhrazena.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!(?:všechna|veškerá)[ \t]++práva\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+(?:všechna|veškerá)[ \t]++práva[ \t]++vyhrazena\.?+$
