# Turkish copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!(?:her|tüm|bütün) hak|hakları)[^\n]){0,200}+(?:her hakkı|(?:tüm|bütün) hakları|hakları) (?:saklıdır|mahfuzdur)[^\n]{0,300}+
reserved_then: (?:tüm|bütün) hakları (?:saklıdır|mahfuzdur)[.,;:–|-]\s*+[^\n]{1,300}+
# "Sitemizde yayınlanan haberlerin tüm hakları Ege Postası'na aittir."
rights_belong: (?:\S{1,60}+ )?(?:bu )?+(?:sitemizde|sitede|sitesinde)(?:(?!hakları|hakkı)[^\n]){1,160}+(?:hakları|hakkı)(?:(?!aittir)[^\n]){1,100}+aittir[^\n]{0,200}+
law_5846: (?:(?!5846)[^\n]){0,200}+5846 sayılı(?:(?!kapsamında)[^\n]){0,80}+kapsamında (?:korunmaktadır|koruma altındadır)[^\n]{0,200}+
no_use_without: (?:\S{1,60}+ )?(?:(?:bu )?+(?:sitemizde|sitede|sitesinde)|haber(?:ler)?+|içerik(?:ler)?+|yazı(?:lar)?+|fotoğraf(?:lar)?+|görsel(?:ler)?+)\b(?:(?!izin alınmadan|izinsiz|kaynak gösterilme)[^\n]){0,200}+(?:izin alınmadan|izinsiz|kaynak gösterilme(?:den|ksizin))(?:(?!kullanılamaz|yayınlanamaz|yayımlanamaz|kopyalanamaz|alıntılanamaz|çoğaltılamaz)[^\n]){0,80}+(?:kullanılamaz|yayınlanamaz|yayımlanamaz|kopyalanamaz|alıntılanamaz|çoğaltılamaz)[^\n]{0,200}+
