# The owner named before the rights line (publisher), where no © mark stands:
# "Västkustens Tidning. Alla rättigheter förbehållna.".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!alla[ \t]++rättigheter\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+alla[ \t]++rättigheter[ \t]++(?:förbehållna|reserverade)\.?+$
