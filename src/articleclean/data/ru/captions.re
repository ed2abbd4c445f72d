# Russian photo caption and credit shapes (photo_captions), whole line: "Фото: РИА Новости / ...".
credit_label: [(\[]?+\s*+(?:фото|фотография|изображение|иллюстрация|видео|кадр(?: из)? видео|скриншот|источник фото|источник изображения|архивное фото|фото из архива|коллаж|инфографика)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
# Caption pairs: "Автор фото, Getty Images" is a credit; "Подпись к фото," (a label line) introduces
# the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:автор фото|источник фото|источник изображения)\s*+,\s*+[^\n]{1,80}+
caption_label: подпись к (?:фото|видео|изображению)\s*+[,:]?+
