# Persian photo caption and credit shapes (photo_captions), whole line: "عکس: ایسنا",
# "عکس از: مهدی رضایی", "منبع تصویر، Getty Images".
credit_label: [(\[]?+\s*+(?:عکس آرشیوی|عکس تزئینی|عکس تزیینی|منبع تصویر|منبع عکس|اعتبار عکس|عکس از|عکس‌ها|عکس|تصویر|عکاس|ویدیو|ویدئو|فیلم)\s*+(?::|/|\||(?<=\s)[–—-](?=\s))\s*+[^\n]{1,120}+
# Caption pairs: "منبع تصویر، Getty Images" is a credit; "توضیح تصویر،" (a label line)
# introduces the caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:منبع تصویر|منبع عکس|منبع ویدیو|منبع ویدئو)\s*+[،,]\s*+[^\n]{1,80}+
caption_label: توضیح (?:تصویر|عکس|ویدیو|ویدئو)\s*+[،,:]?+
