# French photo caption and credit shapes (photo_captions), whole line: "Photo : AFP", "Crédit photo : X".
credit_label: [(\[]?+\s*+(?:photos?|crédits? photos?|crédits?|crédits? images?|images?|vidéo|illustration|infographie|capture d['’]écran|photo d['’]archives|photo d['’]illustration)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
agency_photo: [(\[]?+\s*+photos?+\s++(?:afp|ap|reuters|epa|maxppp|sipa|getty images|abaca|hans lucas|panoramic|icon sport|dr)\b[^\n]{0,80}+
photo_by: (?:photos?|images?|vidéo) (?:de|par) (?-i:\p{Lu})[^\n]{1,120}+
# Caption pairs: "Source de l'image, AFP" is a credit; "Légende de l'image," (a label line)
# introduces the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: source de (?:l['’]image|la vidéo|la photo)\s*+,\s*+[^\n]{1,80}+
caption_label: légende de (?:l['’]image|la vidéo|la photo)\s*+[,:]?+
