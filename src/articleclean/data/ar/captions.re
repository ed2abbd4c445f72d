# Arabic photo caption and credit shapes (photo_captions), whole line: "صورة: رويترز",
# "صورة أرشيفية (أ ف ب)".
credit_label: [(\[]?+\s*+(?:صورة أرشيفية|صورة ارشيفية|صورة تعبيرية|صورة توضيحية|صورة من الأرشيف|مصدر الصورة|حقوق الصورة|الصورة|صورة|صور|تصوير|عدسة|فيديو|لقطة شاشة)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
archive_credit: (?:صورة (?:أرشيفية|ارشيفية|تعبيرية|توضيحية|من الأرشيف))\s*+[(（][^\n()（）]{1,60}+[)）]
# Caption pairs: "مصدر الصورة، Getty Images" is a credit; "التعليق على الصورة،" (a label line)
# introduces the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:مصدر الصورة|حقوق الصورة|مصدر الفيديو)\s*+[،,]\s*+[^\n]{1,80}+
caption_label: التعليق على (?:الصورة|الفيديو)\s*+[،,:]?+
