# Czech photo caption and credit shapes (photo_captions), whole line: "Foto: Petr Novák, MAFRA",
# "Ilustrační foto: Shutterstock", "(foto: ČTK)".
credit_label: [(\[]?+\s*+(?:foto|fotka|fotografie|snímek|ilustrační (?:foto|snímek|obrázek)|archivní (?:foto|snímek)|zdroj (?:foto|fotografie|snímku|videa)|autor fotografie|ilustrace|grafika|infografika|video|snímek obrazovky)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:foto|fotografie|snímky|video) (?:pořídil|pořídila|natočil|natočila) (?-i:\p{Lu})[^\n]{1,120}+
