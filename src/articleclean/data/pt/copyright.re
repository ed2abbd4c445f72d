# Portuguese copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!direitos reservados)[^\n]){0,160}+direitos reservados[^\n]{0,400}+
reserved_mark: (?:todos os )?+direitos reservados[\s.,:;|-]*+(?:©|ⓒ|\(c\)|copyright)[^\n]{0,200}+
reserved_then: (?:todos os |reservados todos os )?+direitos reservados[.,;:–-]\s*+[^\n]{1,400}+
reproduction_forbidden: (?:é |fica )?+(?:expressamente )?+proibida a (?:reprodução|cópia|distribuição)(?:(?!total|parcial|sem |deste|desta|do conteúdo)[^\n]){0,60}+(?:total|parcial|sem |deste|desta|do conteúdo)[^\n]{0,400}+
reproduction_is_forbidden: a reprodução (?:total ou parcial )?+(?:deste|desta|do|dos)(?:(?!proibida|autoriza)[^\n]){0,120}+(?:proibida|autoriza)[^\n]{0,300}+
may_republish: [^\n]{0,40}?(?:pode|podem|é permitido) (?:republicar|reproduzir)[^\n]{0,160}+
