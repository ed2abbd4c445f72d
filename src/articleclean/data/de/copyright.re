# German copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!rechte vorbehalten)[^\n]){0,200}+rechte vorbehalten[^\n]{0,300}+
reserved_then: alle rechte vorbehalten[.,;:–|-]\s*+[^\n]{1,300}+
reserved_at: alle rechte (?:bei|liegen bei)[^\n]{1,120}+
reprint_only_with: (?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung|verwendung|wiedergabe)(?:(?!nur mit )[^\n]){0,80}+nur mit (?:(?:vorheriger|ausdrücklicher|schriftlicher) )*+(?:genehmigung|zustimmung|erlaubnis)[^\n]{0,200}+
dpa_slug: (?:©\s*+)?+dpa(?:-infocom|-afx)?+[,\s]*+dpa:\d{6}+-\d++-\d++/\d++
