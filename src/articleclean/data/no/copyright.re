# Norwegian copyright / reprint / editor lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!alle rettigheter)[^\n]){0,200}+alle rettigheter (?:forbeholdt|reservert)[^\n]{0,300}+
reserved_then: alle rettigheter (?:forbeholdt|reservert)[.,;:–|-]\s*+[^\n]{1,300}+
without_permission: (?:ettertrykk|(?:kopiering|gjengivelse|mangfoldiggjøring|videreformidling|publisering|bruk) (?:av|fra) (?:materiale|materialet|innhold|innholdet|artikler|artiklene|saker|sakene|tekster|bilder|sidens|avisens|nettstedets)\b)(?:(?!uten )[^\n]){0,80}+uten (?:(?:skriftlig|forutgående|uttrykkelig|redaksjonens|utgiverens) )*+(?:tillatelse|samtykke|avtale)[^\n]{0,200}+
# the editor responsible under Norwegian media law, printed in the footer:
# "Ansvarlig redaktør: Kari Nordmann", "Sjefredaktør og ansvarlig redaktør: Ola Hansen"
responsible_editor: (?:sjefredaktør og |nyhetsredaktør og |administrerende direktør og )?+ansvarlig (?:sjefredaktør|redaktør)(?: og (?:administrerende direktør|daglig leder|sjefredaktør))?+\s*+(?::|(?<=\s)[–—-])?+\s*+(?-i:\p{Lu})[^\n]{1,80}+
# the press-ethics notice of the footer: "Nordvikposten arbeider etter Vær Varsom-plakatens
# regler for god presseskikk. Nordvikposten har forpliktet seg til å følge Redaktørplakaten."
press_ethics: (?:(?!arbeider etter )[^\n]){0,80}+arbeider etter (?:vær varsom-plakatens|redaktørplakatens) regler[^\n]{0,300}+
