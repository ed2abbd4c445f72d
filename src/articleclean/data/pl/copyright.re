# Polish copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!prawa zastrzeżone)[^\n]){0,200}+prawa zastrzeżone[^\n]{0,300}+
reserved_then: (?:wszelkie|wszystkie) prawa zastrzeżone[.,;:–|-]\s*+[^\n]{1,300}+
reprint_only_with: (?:przedruk|kopiowanie|powielanie|rozpowszechnianie|publikowanie|wykorzystywanie)(?:(?!(?:tylko|wyłącznie) za )[^\n]){0,120}+(?:tylko|wyłącznie) za (?:(?:pisemną|uprzednią|wyraźną) )*+zgodą[^\n]{0,200}+
forbidden_without: (?:przedruk|kopiowanie|powielanie|rozpowszechnianie|publikowanie|wykorzystywanie)(?:(?!bez )[^\n]){0,120}+bez (?:(?:pisemnej|uprzedniej|wyraźnej) )*+zgody(?:(?!zabronione|zabroniony|wzbronione|zakazane)[^\n]){0,120}+(?:jest )?+(?:zabronione|zabroniony|wzbronione|zakazane)[^\n]{0,200}+
