# Finnish copyright / reprint / editor lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright|tekijänoikeus)(?:(?!kaikki oikeudet)[^\n]){0,200}+kaikki oikeudet (?:pidätetään|pidätetty|pidätettyinä)[^\n]{0,300}+
reserved_then: kaikki oikeudet (?:pidätetään|pidätetty)[.,;:–|-]\s*+[^\n]{1,300}+
without_permission: (?:(?:sisällön|sisältöjen|aineiston|artikkelien|juttujen|tekstien|kuvien|materiaalin) (?:kopioiminen|kopiointi|julkaiseminen|levittäminen|jakaminen|tallentaminen|käyttö)\b)(?:(?!ilman )[^\n]){0,80}+ilman (?:(?:kirjallista|etukäteen annettua|julkaisijan|toimituksen|nimenomaista) )*+(?:lupaa|suostumusta)[^\n]{0,200}+
# the editor-in-chief responsible under Finnish media law, printed in the footer:
# "Vastaava päätoimittaja: Liisa Korhonen"
responsible_editor: vastaava päätoimittaja(?: ja toimitusjohtaja)?+\s*+(?::|(?<=\s)[–—-])?+\s*+(?-i:\p{Lu})[^\n]{1,80}+
# the press-ethics notice of the footer: "Kuusijärven Sanomat noudattaa Journalistin ohjeita",
# "Lehti on Julkisen sanan neuvoston (JSN) jäsen."
press_ethics: (?:(?!noudattaa journalistin ohjeita|julkisen sanan neuvoston)[^\n]){0,80}+(?:noudattaa journalistin ohjeita|julkisen sanan neuvoston (?:\(jsn\) )?+(?:jäsen|periaatteita))[^\n]{0,300}+
