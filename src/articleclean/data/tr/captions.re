# Turkish photo caption and credit shapes (photo_captions), whole line: "Fotoğraf: AA", "(Foto: DHA)".
credit_label: [(\[]?+\s*+(?:fotoğraf(?:lar)?+|foto|görsel(?:ler)?+|video|illüstrasyon|grafik|infografik|arşiv fotoğrafı|temsili (?:fotoğraf|görsel)|ekran görüntüsü|kaynak görsel)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:fotoğraflar|fotoğraf|görseller|video)\s*+(?-i:\p{Lu})[\p{L}'’.-]++(?:\s++(?-i:\p{Lu})[\p{L}'’.-]++){0,3}+(?:'[nd][aeıiuü][nr]?+)? tarafından (?:çekildi|çekilmiştir|hazırlandı)\.?+
# Caption pairs: "Fotoğraf kaynağı, Getty Images" is a credit; "Fotoğraf altı yazısı," (a label
# line) introduces the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:fotoğraf|görsel|video) kaynağı\s*+,\s*+[^\n]{1,80}+
caption_label: (?:fotoğraf|görsel|video) (?:altı yazısı|açıklaması)\s*+[,:]?+
