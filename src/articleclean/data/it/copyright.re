# Italian copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!diritti riservati|riproduzione riservata)[^\n]){0,160}+(?:diritti riservati|riproduzione riservata)[^\n]{0,300}+
reserved_mark: (?:(?:tutti i )?+diritti riservati|riproduzione riservata)[\s.,:;|-]*+(?:©|ⓒ|\(c\)|copyright)[^\n]{0,200}+
reserved_then: (?:(?:tutti i )?+diritti (?:sono )?+riservati|riproduzione riservata)[.,;:–-]\s*+[^\n]{1,300}+
reproduction_forbidden: (?:è )?+(?:severamente )?+vietata la (?:riproduzione|diffusione|pubblicazione)[^\n]{0,300}+
# ^ marks a shape that only exists as a whole line (company footer with its VAT number):
# it stops a search from running the bounded scan at every offset of a long line.
vat_number: ^(?:(?!p\.\s?+iva|partita iva)[^\n]){0,200}+(?:p\.\s?+iva|partita iva)[\s:n.°]*+\d{11}+[^\n]{0,200}+
