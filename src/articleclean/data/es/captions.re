# Spanish photo caption and credit shapes (photo_captions), whole line: "Foto: EFE", "(Imagen: Reuters)".
credit_label: [(\[]?+\s*+(?:fotos?|fotografías?|imagen|imágenes|vídeo|video|créditos?|crédito de (?:la )?+(?:foto|imagen)|foto de archivo|imagen de archivo|ilustración|infografía|gráfico|captura(?: de pantalla)?+)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
photo_by: (?:fotos?|fotografías?|imagen|imágenes|vídeo|video) (?:por|cortesía de|cortesía) [^\n]{1,120}+
