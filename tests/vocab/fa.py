"""Persian sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "fa"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("fa", "share", "اشتراک‌گذاری"),
    ("fa", "share", "اشتراک در تلگرام"),
    ("fa", "share", "لینک کپی شد"),
    ("fa", "print", "چاپ خبر"),
    ("fa", "print", "ارسال به دوستان"),
    ("fa", "print", "نسخه چاپی"),
    ("fa", "fontsize", "اندازه متن"),
    ("fa", "fontsize", "افزایش اندازه متن"),
    ("fa", "counters", "بازدید"),
    ("fa", "counters", "دیدگاه‌ها"),
    ("fa", "related", "بیشتر بخوانید"),
    ("fa", "related", "بیشتر بخوانید:"),
    ("fa", "related", "پربازدیدترین‌ها"),
    ("fa", "related", "اخبار مرتبط"),
    ("fa", "copyright", "کلیه حقوق محفوظ است."),
    ("fa", "copyright", "استفاده از مطالب با ذکر منبع بلامانع است"),
    ("fa", "comments", "ارسال نظر"),
    ("fa", "comments", "نظرات کاربران"),
    ("fa", "comments", "هنوز نظری ثبت نشده است"),
    ("fa", "ads", "تبلیغات"),
    ("fa", "ads", "رپرتاژ آگهی"),
    ("fa", "subscribe", "عضویت در خبرنامه"),
    ("fa", "subscribe", "ورود / ثبت نام"),
    ("fa", "subscribe", "ما را دنبال کنید"),
    ("fa", "cookie", "موافقم"),
    ("fa", "cookie", "تنظیمات کوکی‌ها"),
    ("fa", "nav", "صفحه اصلی"),
    ("fa", "nav", "بین‌الملل"),
    ("fa", "tags", "برچسب‌ها:"),
    ("fa", "tags", "کلیدواژه ها"),
    ("fa", "pagination", "صفحه بعد"),
    ("fa", "pagination", "خبر قبلی"),
    ("fa", "captions", "عکس:"),
    ("fa", "captions", "منبع تصویر"),
]

# (lang, family, pattern name, line): every pattern of fa/*.re has a sample.
SHAPES = [
    ("fa", "copyright", "mark_reserved", "© ۱۴۰۳ خبر البرز. کلیه حقوق محفوظ است"),
    (
        "fa",
        "copyright",
        "mark_reserved",
        "Copyright © 2024 کلیه حقوق این سایت متعلق به خبر البرز است",
    ),
    (
        "fa",
        "copyright",
        "rights_belong",
        "کلیه حقوق مادی و معنوی این سایت متعلق به پایگاه خبری خبر البرز است.",
    ),
    ("fa", "copyright", "rights_belong", "تمامی حقوق برای روزنامه صبح البرز محفوظ است"),
    (
        "fa",
        "copyright",
        "use_with_source",
        "استفاده از مطالب این سایت فقط با ذکر منبع و لینک مستقیم مجاز است.",
    ),
    (
        "fa",
        "copyright",
        "use_with_source",
        "هرگونه کپی و بازنشر از محتوای این پایگاه بدون اجازه کتبی ممنوع است.",
    ),
    ("fa", "copyright_owner", "belongs_to", "کلیه حقوق این سایت متعلق به خبر البرز است."),
    ("fa", "comments", "n_comments", "۱۲ نظر"),
    ("fa", "comments", "n_comments", "3 دیدگاه"),
    ("fa", "comments", "comments_n", "نظرات (۵)"),
    (
        "fa",
        "comments",
        "moderation_counts",
        "انتشار یافته: ۳ در انتظار بررسی: ۰ غیر قابل انتشار: ۱",
    ),
    ("fa", "ads", "paid_content", "این مطلب رپرتاژ آگهی است."),
    ("fa", "subscribe", "follow_us", "ما را در اینستاگرام و تلگرام دنبال کنید"),
    ("fa", "subscribe", "follow_us", "خبر البرز را در شبکه‌های اجتماعی دنبال کنید"),
    ("fa", "subscribe", "join_channel", "برای عضویت در کانال تلگرام ما اینجا کلیک کنید"),
    ("fa", "subscribe", "download_app", "اپلیکیشن خبر البرز را دانلود کنید"),
    ("fa", "subscribe", "download_app", "دانلود اپلیکیشن خبر البرز برای اندروید و آیفون"),
    ("fa", "subscribe", "newsletter", "عضویت در خبرنامه برای دریافت مهم‌ترین اخبار روز"),
    ("fa", "cookie", "we_use", "ما از کوکی‌ها برای بهبود تجربه شما استفاده می‌کنیم."),
    ("fa", "cookie", "site_uses", "این سایت برای ارائه خدمات بهتر از کوکی استفاده می‌کند."),
    (
        "fa",
        "cookie",
        "by_continuing",
        "با ادامه استفاده از این سایت، با سیاست کوکی‌های ما موافقت می‌کنید.",
    ),
    ("fa", "captions", "credit_label", "عکس: ایسنا"),
    ("fa", "captions", "credit_label", "عکس از: مهدی رضایی"),
    ("fa", "captions", "source_comma", "منبع تصویر، Getty Images"),
    ("fa", "captions", "caption_label", "توضیح تصویر،"),
    ("fa", "related", "read_more_link", "بیشتر بخوانید: قیمت طلا در بازار تهران کاهش یافت"),
    ("fa", "related", "read_more_link", "بخوانید: افتتاح خط دوم متروی کرج تا پایان سال"),
    ("fa", "relative_dates", "ago", "۳ ساعت پیش"),
    ("fa", "relative_dates", "ago", "دقایقی پیش"),
    ("fa", "reading_time", "zaman_motalee", "زمان مطالعه: ۳ دقیقه"),
    ("fa", "reading_time", "daghighe_motalee", "۴ دقیقه مطالعه"),
]

# (lang, line): a widget bar of the language, as one line.
BARS = [
    ("fa", "اشتراک‌گذاری: تلگرام واتساپ توییتر ۲۴"),
    ("fa", "چاپ خبر | ارسال به دوستان | ۱۲ نظر | ۱۲۳۴ بازدید"),
    ("fa", "اندازه متن ذخیره"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("fa", "وزیر در جلسه روز سه‌شنبه دولت برای بررسی بودجه شرکت کرد."),
    ("fa", "اظهارات وزیر درباره نظرات کارشناسان واکنش‌های زیادی در مجلس به دنبال داشت."),
    ("fa", "چاپ کتاب‌های درسی به دلیل کمبود کاغذ به تأخیر افتاد."),
    ("fa", "کلیه حقوق کارگران طبق قانون جدید پرداخت خواهد شد."),
    ("fa", "استفاده از تلفن همراه در مدارس ممنوع شد."),
    ("fa", "بیش از هزار دونده برای ماراتن شهر ثبت‌نام کردند."),
    ("fa", "ما از فناوری‌های نوین در کشاورزی استفاده می‌کنیم، کشاورز به خبرنگاران گفت."),
    ("fa", "کاربران با اشتراک گذاشتن تصاویر سیل در شبکه‌های اجتماعی خواستار کمک شدند."),
    ("fa", "به نقل از خبرگزاری‌ها، مذاکرات هفته آینده از سر گرفته می‌شود."),
    ("fa", "انتشار اخبار جنگ بدون مجوز شورای امنیت ممنوع شد."),
    ("fa", "انتشار تصاویر قربانیان بدون اجازه خانواده‌ها ممنوع است."),
]
