"""Hebrew sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "he"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("he", "share", "שיתוף"),
    ("he", "share", "שתפו בוואטסאפ"),
    ("he", "share", "הקישור הועתק"),
    ("he", "print", "הדפסה"),
    ("he", "print", "שלחו לחבר"),
    ("he", "print", "האזנה לכתבה"),
    ("he", "fontsize", "גודל גופן"),
    ("he", "fontsize", "הגדלת טקסט"),
    ("he", "counters", "תגובות"),
    ("he", "counters", "צפיות"),
    ("he", "related", "קראו גם"),
    ("he", "related", "קראו גם:"),
    ("he", "related", "הכי נקראים"),
    ("he", "related", "כתבות נוספות"),
    ("he", "copyright", "כל הזכויות שמורות"),
    ("he", "copyright", "© כל הזכויות שמורות."),
    ("he", "copyright", "אין להעתיק ללא אישור"),
    ("he", "comments", "הוסיפו תגובה"),
    ("he", "comments", "תגובות הגולשים"),
    ("he", "comments", "היו הראשונים להגיב"),
    ("he", "ads", "פרסומת"),
    ("he", "ads", "תוכן ממומן"),
    ("he", "ads", "הכתבה נמשכת אחרי הפרסומת"),
    ("he", "subscribe", "הירשמו לניוזלטר"),
    ("he", "subscribe", "כבר מנויים?"),
    ("he", "subscribe", "התחברות"),
    ("he", "cookie", "אני מסכים"),
    ("he", "cookie", "הגדרות עוגיות"),
    ("he", "nav", "דף הבית"),
    ("he", "nav", "צבא וביטחון"),
    ("he", "nav", 'נדל"ן'),
    ("he", "tags", "תגיות:"),
    ("he", "tags", "נושאים קשורים"),
    ("he", "pagination", "העמוד הבא"),
    ("he", "pagination", "הכתבה הקודמת"),
    ("he", "captions", "צילום:"),
    ("he", "captions", "צילום ארכיון"),
]

# (lang, family, pattern name, line): every pattern of he/*.re has a sample.
SHAPES = [
    ("he", "copyright", "mark_reserved", "© 2024 חדשות האוהל. כל הזכויות שמורות"),
    ("he", "copyright", "mark_reserved", 'Copyright © 2010-2024 כל הזכויות שמורות לאוהל מדיה בע"מ'),
    ("he", "copyright", "reserved_for", "כל הזכויות שמורות לחדשות האוהל 2024"),
    (
        "he",
        "copyright",
        "no_copying",
        "אין להעתיק, לשכפל או להפיץ תכנים מהאתר ללא אישור מראש ובכתב.",
    ),
    ("he", "copyright_owner", "reserved_to", "כל הזכויות שמורות לחדשות האוהל"),
    ("he", "comments", "n_comments", "12 תגובות"),
    ("he", "comments", "n_comments", "1,204 טוקבקים"),
    ("he", "comments", "comments_n", "תגובות (5)"),
    ("he", "comments", "comments_n", "לכל התגובות 14"),
    ("he", "ads", "paid_content", "הכתבה בשיתוף בנק הצפון"),
    ("he", "ads", "paid_content", "התוכן מוגש מטעם עיריית חולון"),
    ("he", "subscribe", "follow_us", "עקבו אחרינו בפייסבוק ובאינסטגרם"),
    ("he", "subscribe", "join_channel", "הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים"),
    ("he", "subscribe", "download_app", "הורידו את האפליקציה של חדשות האוהל"),
    ("he", "subscribe", "newsletter", "הירשמו לניוזלטר שלנו וקבלו את הכותרות החמות"),
    ("he", "cookie", "we_use", "אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה שלך."),
    ("he", "cookie", "site_uses", "אתר זה משתמש בקובצי Cookie לצורך שיפור השירות."),
    (
        "he",
        "cookie",
        "by_continuing",
        "המשך הגלישה באתר מהווה הסכמה לשימוש בעוגיות בהתאם למדיניות הפרטיות.",
    ),
    ("he", "captions", "credit_label", "צילום: רויטרס"),
    ("he", "captions", "credit_label", "(צילום: יוסי כהן)"),
    ("he", "captions", "credit_label", "צילום מסך - רשתות חברתיות"),
    ("he", "captions", "caption_with_credit", "ראש העיר בטקס הפתיחה (צילום: יוסי כהן)"),
    (
        "he",
        "captions",
        "caption_with_credit",
        "המפגינים מול משרד הממשלה בירושלים. [צילום מסך: רשתות חברתיות]",
    ),
    ("he", "related", "read_more_link", "קראו גם: מחירי הדירות ממשיכים לעלות"),
    ("he", "related", "read_more_link", "עוד בנושא - הרכבת הקלה תתחיל לפעול בחודש הבא"),
    ("he", "relative_dates", "ago", "לפני 3 שעות"),
    ("he", "relative_dates", "ago", "לפני שעתיים"),
    ("he", "reading_time", "zman_kria", "זמן קריאה: 3 דקות"),
    ("he", "reading_time", "dakot_kria", "4 דקות קריאה"),
]

# (lang, line): a widget bar of the language, as one line.
BARS = [
    ("he", "שיתוף: פייסבוק וואטסאפ טוויטר 24"),
    ("he", "הדפסה | שלחו לחבר | 12 תגובות | 1,234 צפיות"),
    ("he", "גודל גופן שמירת כתבה"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("he", "השר שיתף את חברי הוועדה בפרטי התוכנית בישיבה שנערכה ביום שלישי."),
    ("he", "תגובות השר עוררו סערה בכנסת במהלך הדיון אמש."),
    ("he", "הדפסת ספרי הלימוד התעכבה בגלל מחסור בנייר, לפי משרד החינוך."),
    ("he", "כל הזכויות של העובדים נשמרות לפי ההסכם החדש, כך נמסר מההסתדרות."),
    ("he", "אין להעתיק את שיטת הבחירות הזאת לישראל, אמר הפרופסור."),
    ("he", "יותר מאלף רצים נרשמו למרתון העיר שייערך ביום שישי."),
    ("he", "אנו משתמשים בטכנולוגיות חדשות בחקלאות, אמר החקלאי לכתבים."),
    ("he", "עורך הדין משה לוי אמר כי ערעור יוגש לבית המשפט העליון."),
    ("he", "מאת אלפי המפגינים נשמעו קריאות נגד הממשלה."),
    ("he", "אין לפרסם את שמו של החשוד ללא אישור בית המשפט."),
    ("he", "הפרויקט בשיתוף משרד החינוך יוצא לדרך בשבוע הבא."),
]
