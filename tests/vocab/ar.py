"""Arabic sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "ar"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("ar", "share", "شارك"),
    ("ar", "share", "مشاركة عبر واتساب"),
    ("ar", "share", "تم نسخ الرابط"),
    ("ar", "print", "طباعة"),
    ("ar", "print", "أرسل لصديق"),
    ("ar", "print", "استمع للمقال"),
    ("ar", "fontsize", "حجم الخط"),
    ("ar", "fontsize", "تكبير الخط تصغير الخط"),
    ("ar", "counters", "تعليقات"),
    ("ar", "counters", "مشاهدة"),
    ("ar", "related", "اقرأ أيضاً"),
    ("ar", "related", "اقرأ أيضا:"),
    ("ar", "related", "الأكثر قراءة"),
    ("ar", "related", "أخبار ذات صلة"),
    ("ar", "copyright", "جميع الحقوق محفوظة"),
    ("ar", "copyright", "جميع الحقوق محفوظة."),
    ("ar", "copyright", "يمنع النسخ أو النقل دون إذن"),
    ("ar", "comments", "أضف تعليقاً"),
    ("ar", "comments", "التعليقات"),
    ("ar", "comments", "كن أول من يعلق"),
    ("ar", "ads", "إعلان"),
    ("ar", "ads", "محتوى مدفوع"),
    ("ar", "ads", "تابع القراءة بعد الإعلان"),
    ("ar", "subscribe", "اشترك في النشرة البريدية"),
    ("ar", "subscribe", "تابعونا على"),
    ("ar", "subscribe", "تسجيل الدخول"),
    ("ar", "cookie", "قبول الكل"),
    ("ar", "cookie", "إعدادات ملفات تعريف الارتباط"),
    ("ar", "nav", "الرئيسية"),
    ("ar", "nav", "عربي ودولي"),
    ("ar", "tags", "الكلمات المفتاحية"),
    ("ar", "tags", "الوسوم:"),
    ("ar", "pagination", "الصفحة التالية"),
    ("ar", "pagination", "المقال السابق"),
    ("ar", "captions", "صورة أرشيفية"),
    ("ar", "captions", "تصوير:"),
]

# (lang, family, pattern name, line): every pattern of ar/*.re has a sample.
SHAPES = [
    ("ar", "copyright", "mark_reserved", "© 2024 الوادي نيوز. جميع الحقوق محفوظة"),
    (
        "ar",
        "copyright",
        "mark_reserved",
        "Copyright © 2010-2024 حقوق النشر محفوظة لمؤسسة الوادي للإعلام",
    ),
    ("ar", "copyright", "reserved_for", "جميع الحقوق محفوظة لموقع الوادي نيوز 2024 ©"),
    ("ar", "copyright", "reserved_for", "الحقوق محفوظة لصحيفة الوادي 2010 - 2024"),
    (
        "ar",
        "copyright",
        "reproduction_forbidden",
        "يمنع نسخ أو إعادة نشر أي محتوى من الموقع دون إذن كتابي مسبق.",
    ),
    (
        "ar",
        "copyright",
        "reproduction_forbidden",
        "لا يجوز نقل المواد المنشورة إلا بذكر المصدر.",
    ),
    ("ar", "copyright_owner", "reserved_to", "جميع الحقوق محفوظة لموقع الوادي نيوز"),
    ("ar", "comments", "n_comments", "12 تعليقا"),
    ("ar", "comments", "n_comments", "٣ تعليقات"),
    ("ar", "comments", "comments_n", "التعليقات (5)"),
    ("ar", "ads", "paid_content", "هذا المحتوى مقدم من شركة الواحة للاتصالات"),
    ("ar", "subscribe", "follow_us", "تابعونا على فيسبوك وتويتر وإنستغرام"),
    ("ar", "subscribe", "follow_us", "تابعوا آخر الأخبار عبر قناتنا على تيليجرام"),
    ("ar", "subscribe", "join_channel", "انضم إلى قناتنا على واتساب"),
    ("ar", "subscribe", "download_app", "حمّل تطبيق الوادي نيوز على أندرويد وآيفون"),
    ("ar", "subscribe", "newsletter", "اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا"),
    (
        "ar",
        "cookie",
        "we_use",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
    ),
    (
        "ar",
        "cookie",
        "site_uses",
        "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتقديم أفضل تجربة.",
    ),
    (
        "ar",
        "cookie",
        "by_continuing",
        "بمواصلة التصفح فإنك توافق على استخدام ملفات تعريف الارتباط.",
    ),
    ("ar", "captions", "credit_label", "صورة: رويترز"),
    ("ar", "captions", "credit_label", "تصوير - كريم فؤاد"),
    ("ar", "captions", "archive_credit", "صورة أرشيفية (أ ف ب)"),
    ("ar", "captions", "source_comma", "مصدر الصورة، Getty Images"),
    ("ar", "captions", "caption_label", "التعليق على الصورة،"),
    ("ar", "related", "read_more_link", "اقرأ أيضا: ارتفاع أسعار الذهب في الأسواق المحلية"),
    ("ar", "related", "read_more_link", "اقرأ أيضاً.. الحكومة تعلن موعد إجازة عيد الأضحى"),
    ("ar", "relative_dates", "ago", "منذ 3 ساعات"),
    ("ar", "relative_dates", "ago", "منذ ساعتين"),
    ("ar", "reading_time", "waqt_alqiraa", "وقت القراءة: 3 دقائق"),
    ("ar", "reading_time", "daqaiq_qiraa", "4 دقائق للقراءة"),
]

# (lang, line): a widget bar of the language, as one line.
BARS = [
    ("ar", "شارك: فيسبوك تويتر واتساب 24"),
    ("ar", "طباعة | أرسل لصديق | 12 تعليقا | 1234 مشاهدة"),
    ("ar", "حجم الخط حفظ المفضلة"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("ar", "شارك الوزير في اجتماع الحكومة الذي عقد يوم الثلاثاء لمناقشة الموازنة."),
    ("ar", "أثارت تعليقات الوزير جدلا واسعا في البرلمان خلال جلسة الأمس."),
    ("ar", "طباعة الكتب المدرسية تأخرت بسبب نقص الورق، بحسب وزارة التربية."),
    ("ar", "جميع الحقوق العمالية مكفولة بموجب القانون الجديد، وفق النقابة."),
    ("ar", "يمنع استخدام الهواتف في المدارس إلا للضرورة، بحسب القرار الجديد."),
    ("ar", "اشترك أكثر من ألف عداء في ماراثون المدينة صباح الجمعة."),
    ("ar", "نستخدم أحدث التقنيات في الزراعة، قال المزارع للصحفيين."),
    ("ar", "باستمرار تتراكم ملفات القضايا أمام المحاكم، يقول المحامون."),
    ("ar", "تابع الرئيس على الهاتف تطورات الأوضاع في الجنوب."),
]
