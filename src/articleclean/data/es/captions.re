# Spanish photo caption and credit shapes (photo_captions), whole line: "Foto: EFE", "(Imagen: Reuters)".
credit_label: [(\[]?+\s*+(?:fotos?|fotografías?|imagen|imágenes|vídeo|video|créditos?|crédito de (?:la )?+(?:foto|imagen)|foto de archivo|imagen de archivo|ilustración|infografía|gráfico|captura(?: de pantalla)?+)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
photo_by: (?:fotos?|fotografías?|imagen|imágenes|vídeo|video) (?:por|cortesía de|cortesía) [^\n]{1,120}+
# Caption pairs: "Fuente de la imagen, Getty Images" is a credit; "Pie de foto," (a label line)
# introduces the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: fuente de (?:la imagen|la foto|el video|el vídeo)\s*+,\s*+[^\n]{1,80}+
caption_label: (?:pie de (?:foto|imagen|video|vídeo)|leyenda de (?:la )?+(?:foto|imagen))\s*+[,:]?+
