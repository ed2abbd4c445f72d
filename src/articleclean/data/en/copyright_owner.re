# The owner named before the rights line (publisher), where no © mark stands:
# "The Example Times. All rights reserved.", "Example Times — All rights reserved".
before_rights: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!-]*+(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+(?:[ \t]++(?!all[ \t]++rights\b)[\p{L}\p{N}&'’!-]++(?:\.(?=\p{L})[\p{L}\p{N}&'’!-]++)*+){0,6}+)[ \t]*+[.,|—–-]?+[ \t]*+all[ \t]++rights[ \t]++reserved\.?+$
