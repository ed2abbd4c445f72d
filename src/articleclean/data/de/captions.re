# German photo caption and credit shapes (photo_captions), whole line: "Foto: dpa", "Bild: picture alliance/dpa".
credit_label: [(\[]?+\s*+(?:fotos?|bild(?:er)?+|bildquelle|bildnachweis|bildrechte|illustration|grafik|video|archivbild|archivfoto|symbolbild|symbolfoto|quelle bild|screenshot)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:fotos?|bild(?:er)?+|video) von (?-i:\p{Lu})[^\n]{1,120}+
# Caption pairs: "Bildquelle, dpa" is a credit; "Bildunterschrift," (a label line) introduces the
# caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:bild|video)quelle\s*+,\s*+[^\n]{1,80}+
caption_label: (?:bildunterschrift|bildbeschreibung|videobeschreibung|videounterschrift)\s*+[,:]?+
