# Danish copyright / reprint / editor-in-chief lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!alle rettigheder)[^\n]){0,200}+alle rettigheder (?:forbeholdes|forbeholdt|reserveret)[^\n]{0,300}+
reserved_then: alle rettigheder (?:forbeholdes|forbeholdt|reserveret)[.,;:–|-]\s*+[^\n]{1,300}+
without_permission: (?:eftertryk|(?:kopiering|gengivelse|mangfoldiggørelse|videreformidling|offentliggørelse|brug) (?:af|fra) (?:materiale|materialet|indhold|indholdet|artikler|artiklerne|tekster|billeder|sidens|avisens|hjemmesidens)\b)(?:(?!uden )[^\n]){0,80}+uden (?:(?:skriftlig|forudgående|udtrykkelig|redaktionens|udgiverens) )*+(?:tilladelse|samtykke|aftale)[^\n]{0,200}+
only_with_source: eftertryk (?:kun|tilladt|er tilladt) (?:med|mod) (?:tydelig )?+kildeangivelse[^\n]{0,120}+
# the editor-in-chief responsible under Danish media law, printed in the footer:
# "Ansvarshavende chefredaktør: Mette Holm"
responsible_editor: ansvarshavende (?:chefredaktør|redaktør)\s*+(?::|(?<=\s)[–—-])?+\s*+(?-i:\p{Lu})[^\n]{1,80}+
