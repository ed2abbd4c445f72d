# Spanish copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!derechos reservados)[^\n]){0,160}+derechos reservados[^\n]{0,300}+
reserved_mark: (?:todos los )?+derechos reservados[\s.,:;|-]*+(?:©|ⓒ|\(c\)|copyright)[^\n]{0,200}+
reserved_then: (?:todos los |reservados todos los )?+derechos(?: de reproducción)?+ reservados[.,;:]\s*+[^\n]{1,300}+
reproduction_forbidden: (?:(?:queda|está|esta|se encuentra) )?+prohibid[ao] (?:la|su) (?:reproducción|reproduccion|copia)(?:(?!total o parcial|sin )[^\n]){0,60}+(?:total o parcial|sin )[^\n]{0,300}+
reproduction_is_forbidden: la reproducción total o parcial(?:(?!prohibida|no está permitida|autorización)[^\n]){0,160}+(?:prohibida|no está permitida|autorización)[^\n]{0,200}+
se_prohibe: se prohíbe (?:la|su) reproducción[^\n]{0,300}+
