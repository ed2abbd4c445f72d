# French copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!droits )[^\n]){0,160}+droits (?:de reproduction )?+r[ée]serv[ée]s[^\n]{0,300}+
reserved_mark: (?:tous )?+droits r[ée]serv[ée]s[\s.,:;|-]*+(?:©|ⓒ|\(c\)|copyright)[^\n]{0,200}+
reserved_then: (?:tous )?+droits (?:de reproduction )?+r[ée]serv[ée]s[.,;:–-]\s*+[^\n]{1,300}+
reproduction_forbidden: (?:toute )?+reproduction\b(?:(?!interdite)[^\n]){0,80}+interdite[^\n]{0,300}+
no_reproduction_without: (?:aucune|toute) (?:reproduction|reprise|diffusion)(?:(?!sans )[^\n]){0,80}+sans (?:l['’])?+autorisation[^\n]{0,300}+
