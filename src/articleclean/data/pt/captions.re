# Portuguese photo caption and credit shapes (photo_captions), whole line: "Foto: Reuters", "Reprodução/TV".
credit_label: [(\[]?+\s*+(?:fotos?|fotografia|imagens?|vídeo|créditos?|crédito da (?:foto|imagem)|foto de arquivo|imagem de arquivo|ilustração|infografia|infográfico|gráfico|captura de (?:tela|ecrã))\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
source_slash: (?:reprodução|divulgação|arquivo pessoal|arquivo)\s*+/\s*+[^\n]{1,80}+
photo_by: (?:fotos?|imagens?|vídeo) (?:por|cortesia de|cortesia) [^\n]{1,120}+
# Caption pairs: "Crédito, Getty Images" is a credit; "Legenda da foto," (a label line) introduces
# the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:crédito|fonte da imagem)\s*+,\s*+[^\n]{1,80}+
caption_label: legenda (?:da foto|da imagem|do vídeo|do video)\s*+[,:]?+
