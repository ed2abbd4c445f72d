# Ukrainian photo caption and credit shapes (photo_captions), whole line: "Фото: Укрінформ / ...".
credit_label: [(\[]?+\s*+(?:фото|фотографія|світлина|зображення|ілюстрація|відео|кадр(?: з)? відео|скріншот|джерело фото|джерело зображення|архівне фото|фото з архіву|ілюстративне фото|фото ілюстративне|колаж|інфографіка)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
# Caption pairs: "Автор фото, Getty Images" is a credit; "Підпис до фото," (a label line) introduces
# the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:автор фото|джерело фото|джерело зображення)\s*+,\s*+[^\n]{1,80}+
caption_label: підпис до (?:фото|відео|зображення)\s*+[,:]?+
