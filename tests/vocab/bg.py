"""Bulgarian sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "bg"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("bg", "share", "Сподели"),
    ("bg", "share", "Сподели във Facebook"),
    ("bg", "share", "Линкът е копиран"),
    ("bg", "print", "Версия за печат"),
    ("bg", "print", "Изпрати по имейл"),
    ("bg", "print", "Слушай статията"),
    ("bg", "fontsize", "Размер на шрифта"),
    ("bg", "fontsize", "Увеличи шрифта"),
    ("bg", "counters", "коментара"),
    ("bg", "counters", "прочитания"),
    ("bg", "related", "Прочетете още:"),
    ("bg", "related", "НАЙ-ЧЕТЕНИ"),
    ("bg", "related", "Още по темата"),
    ("bg", "related", "Може да ви интересува"),
    ("bg", "copyright", "Всички права запазени."),
    ("bg", "copyright", "Всички права са запазени."),
    ("bg", "copyright", "Копирането на материали без разрешение е забранено."),
    ("bg", "comments", "Коментари"),
    ("bg", "comments", "Напишете коментар"),
    ("bg", "comments", "Коментарите са изключени."),
    ("bg", "ads", "Реклама"),
    ("bg", "ads", "Платена публикация"),
    ("bg", "ads", "Статията продължава след рекламата"),
    ("bg", "subscribe", "Абонирайте се за нашия бюлетин"),
    ("bg", "subscribe", "Намерихте грешка? Маркирайте текста и натиснете Ctrl+Enter"),
    ("bg", "subscribe", "Вход"),
    ("bg", "cookie", "Приемам"),
    ("bg", "cookie", "Настройки на бисквитките"),
    ("bg", "nav", "Начало"),
    ("bg", "nav", "Общество"),
    ("bg", "tags", "Етикети:"),
    ("bg", "tags", "Ключови думи"),
    ("bg", "pagination", "Следваща страница »"),
    ("bg", "pagination", "Зареди още"),
    ("bg", "captions", "Снимка:"),
    ("bg", "captions", "Архивна снимка"),
]

# (lang, family, pattern name, line): every pattern of bg/*.re has a sample.
SHAPES = [
    (
        "bg",
        "copyright",
        "mark_reserved",
        "© 2008–2024 Вечерни новини Бургас. Всички права запазени.",
    ),
    (
        "bg",
        "copyright",
        "mark_reserved",
        "Copyright © Черноморски вестник ЕООД. Всички права са запазени.",
    ),
    (
        "bg",
        "copyright",
        "reserved_then",
        "Всички права запазени. Материалите не могат да се препечатват без съгласието на редакцията.",
    ),
    (
        "bg",
        "copyright",
        "link_required",
        "При цитиране на материали от сайта активен линк към източника е задължителен.",
    ),
    (
        "bg",
        "copyright",
        "use_only_with",
        "Използването на материали от сайта е разрешено само с изрично писмено съгласие на издателя.",
    ),
    (
        "bg",
        "copyright",
        "reprint_forbidden",
        "Забранено е копирането и препечатването на съдържание от сайта.",
    ),
    (
        "bg",
        "copyright",
        "forbidden_without",
        "Копирането на материали без писменото съгласие на редакцията е забранено.",
    ),
    ("bg", "copyright_owner", "before_rights", "Вечерни новини Бургас. Всички права запазени."),
    ("bg", "comments", "n_comments", "14 коментара"),
    ("bg", "comments", "n_comments", "1 коментар"),
    ("bg", "comments", "comments_n", "Коментари (14)"),
    ("bg", "ads", "paid_publication", "Тази публикация е платена от Община Бургас."),
    ("bg", "ads", "paid_publication", "Материалът е публикуван срещу заплащане."),
    ("bg", "subscribe", "follow_us", "Последвайте ни във Facebook и Instagram"),
    ("bg", "subscribe", "follow_us", "Следете ни и в Google News"),
    ("bg", "subscribe", "subscribe_channel", "Абонирайте се за нашия канал в Telegram"),
    (
        "bg",
        "subscribe",
        "support_us",
        "Подкрепете независимата журналистика с дарение от 5 лева месечно.",
    ),
    (
        "bg",
        "subscribe",
        "download_app",
        "Изтеглете безплатно нашето мобилно приложение за iOS и Android",
    ),
    (
        "bg",
        "subscribe",
        "ctrl_enter",
        "Ако забележите грешка, маркирайте я и натиснете Ctrl + Enter.",
    ),
    (
        "bg",
        "cookie",
        "we_use",
        "Използваме бисквитки, за да подобрим работата на сайта и да ви покажем подходящо съдържание.",
    ),
    (
        "bg",
        "cookie",
        "site_uses",
        "Този сайт използва бисквитки (cookies), за да функционира правилно.",
    ),
    (
        "bg",
        "cookie",
        "by_continuing",
        "Продължавайки да използвате сайта, вие се съгласявате с използването на бисквитки.",
    ),
    ("bg", "captions", "credit_label", "Снимка: БТА / Петър Колев"),
    ("bg", "captions", "credit_label", "Снимки: архив"),
    ("bg", "captions", "photo_by", "Снимки от Петър Колев"),
    (
        "bg",
        "related",
        "read_more_link",
        "Прочетете още: Нов мост над Дунав ще свърже Видин и Калафат",
    ),
    ("bg", "related", "read_more_link", "ОЩЕ ПО ТЕМАТА — Цените на хляба се повишават от есента"),
    ("bg", "relative_dates", "ago", "преди 2 часа"),
    ("bg", "relative_dates", "ago", "преди 15 мин."),
    ("bg", "relative_dates", "ago", "преди час"),
    ("bg", "relative_dates", "today_time", "Днес, 14:35"),
    ("bg", "relative_dates", "today_time", "вчера в 18:45 ч."),
    ("bg", "reading_time", "vreme_za_chetene", "Време за четене: 4 мин."),
    ("bg", "reading_time", "min_za_chetene", "3 минути за четене"),
]

# (lang, line): a widget bar of the language, as one line.
BARS = [
    ("bg", "Сподели: Facebook Viber Messenger 23"),
    ("bg", "Печат | Изпрати по имейл | 14 коментара | 2 345 прочитания"),
    ("bg", "Размер на шрифта Добави в любими"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("bg", "Той сподели доклада с колегите си на срещата във вторник."),
    ("bg", "Коментарите на министъра предизвикаха бурна реакция в парламента."),
    ("bg", "Печатът на учебниците се забавя заради недостиг на хартия, призна издателството."),
    ("bg", "Всички права на работниците трябва да бъдат запазени, настоя синдикатът."),
    ("bg", "Абонаментът за градския транспорт поскъпва от октомври, съобщиха от общината."),
    ("bg", "Използваме бисквитки от местната пекарна за десерта, разказа сладкарката."),
    ("bg", "Източник от правителството каза, че решението ще бъде взето в петък."),
    ("bg", "Подкрепете ни, призова кметът жителите на квартала по време на срещата."),
]
