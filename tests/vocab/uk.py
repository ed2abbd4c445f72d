"""Ukrainian sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "uk"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("uk", "share", "Поділитися"),
    ("uk", "share", "Поділитися у Telegram"),
    ("uk", "share", "Посилання скопійовано"),
    ("uk", "print", "Версія для друку"),
    ("uk", "print", "Додати в закладки"),
    ("uk", "print", "Слухати статтю"),
    ("uk", "fontsize", "Розмір шрифту"),
    ("uk", "fontsize", "Збільшити шрифт"),
    ("uk", "counters", "коментарів"),
    ("uk", "counters", "переглядів"),
    ("uk", "related", "Читайте також:"),
    ("uk", "related", "НАЙЧИТАНІШЕ"),
    ("uk", "related", "Новини за темою"),
    ("uk", "related", "Вас може зацікавити"),
    ("uk", "copyright", "Усі права захищені."),
    ("uk", "copyright", "При цитуванні посилання обов'язкове"),
    ("uk", "copyright", "Передрук заборонено"),
    ("uk", "comments", "Залишити коментар"),
    ("uk", "comments", "Коментарі"),
    ("uk", "comments", "Коментування закрито"),
    ("uk", "ads", "Реклама"),
    ("uk", "ads", "Новини партнерів"),
    ("uk", "ads", "Партнерський матеріал"),
    ("uk", "subscribe", "Підпишіться на розсилку"),
    ("uk", "subscribe", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter"),
    ("uk", "subscribe", "Підтримати"),
    ("uk", "cookie", "Прийняти всі"),
    ("uk", "cookie", "Налаштування файлів cookie"),
    ("uk", "nav", "Головна"),
    ("uk", "nav", "Суспільство"),
    ("uk", "tags", "Теги:"),
    ("uk", "tags", "Ключові слова"),
    ("uk", "pagination", "Наступна сторінка"),
    ("uk", "pagination", "Показати ще"),
    ("uk", "captions", "Фото:"),
    ("uk", "captions", "Ілюстративне фото"),
]

# (lang, family, pattern name, line): every pattern of uk/*.re has a sample.
SHAPES = [
    (
        "uk",
        "copyright",
        "mark_reserved",
        "© 2005–2024 Вечірній Поділ. Усі права захищені.",
    ),
    (
        "uk",
        "copyright",
        "reserved_then",
        "Усі права захищені. Передрук матеріалів лише з письмового дозволу редакції.",
    ),
    (
        "uk",
        "copyright",
        "link_required",
        "При повному або частковому використанні матеріалів посилання на «Вечірній Поділ» обов'язкове.",
    ),
    (
        "uk",
        "copyright",
        "use_with_link",
        "Використання матеріалів сайту дозволяється за умови посилання (для інтернет-видань – гіперпосилання) не нижче третього абзацу.",
    ),
    (
        "uk",
        "copyright",
        "use_with_link",
        "Цитування та використання будь-яких матеріалів в Інтернеті дозволене за умови гіперпосилання на сайт не нижче першого абзацу.",
    ),
    (
        "uk",
        "copyright",
        "reprint_forbidden",
        "Повне або часткове копіювання матеріалів без згоди редакції заборонено.",
    ),
    ("uk", "copyright_owner", "before_rights", "Вечірній Поділ. Усі права захищені."),
    ("uk", "comments", "n_comments", "24 коментарі"),
    ("uk", "comments", "n_comments", "5 коментарів"),
    ("uk", "comments", "comments_n", "Коментарі (12)"),
    ("uk", "ads", "on_ad_rights", "Матеріал опубліковано на правах реклами"),
    ("uk", "subscribe", "follow_us", "Читайте нас у Telegram: @vechirniy_podil"),
    ("uk", "subscribe", "follow_us", "Слідкуйте за новинами у нашому Facebook"),
    ("uk", "subscribe", "subscribe_channel", "Підписуйтесь на наш канал у Viber"),
    (
        "uk",
        "subscribe",
        "support_us",
        "Підтримайте незалежну журналістику: станьте нашим читачем-партнером.",
    ),
    (
        "uk",
        "subscribe",
        "ctrl_enter",
        "Якщо ви помітили помилку, виділіть її мишкою та натисніть Ctrl+Enter.",
    ),
    (
        "uk",
        "cookie",
        "we_use",
        "Ми використовуємо файли cookie, щоб покращити роботу сайту та зробити його зручнішим.",
    ),
    (
        "uk",
        "cookie",
        "site_uses",
        "Цей сайт використовує файли cookie для аналізу відвідуваності.",
    ),
    (
        "uk",
        "cookie",
        "by_continuing",
        "Продовжуючи користуватися сайтом, ви погоджуєтеся на використання файлів cookie.",
    ),
    ("uk", "captions", "credit_label", "Фото: Укрінформ / Олег Петрасюк"),
    ("uk", "captions", "credit_label", "Ілюстративне фото: Depositphotos"),
    ("uk", "captions", "source_comma", "Автор фото, Getty Images"),
    ("uk", "captions", "caption_label", "Підпис до фото,"),
    (
        "uk",
        "related",
        "read_more_link",
        "Читайте також: У Києві відкрили новий міст через Дніпро",
    ),
    ("uk", "related", "read_more_link", "ЧИТАЙТЕ ТАКОЖ — Ціни на хліб зростуть з осені"),
    ("uk", "relative_dates", "ago", "2 години тому"),
    ("uk", "relative_dates", "ago", "15 хв тому"),
    ("uk", "relative_dates", "today_time", "Сьогодні, 14:35"),
    ("uk", "reading_time", "chas_chytannia", "Час читання: 4 хв"),
    ("uk", "reading_time", "khv_chytannia", "3 хвилини читання"),
]

# (lang, line): a widget bar of the language, as one line.
BARS = [
    ("uk", "Поділитися: Facebook Telegram Viber 15"),
    ("uk", "Друк | Надіслати поштою | 24 коментарі | 1 234 перегляди"),
    ("uk", "Розмір шрифту Додати в закладки"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("uk", "Він поділився доповіддю з колегами на нараді у вівторок."),
    ("uk", "Коментарі міністра викликали бурхливу реакцію у Верховній Раді."),
    ("uk", "Друк підручників для шкіл затримується через брак паперу, визнали у видавництві."),
    ("uk", "Усі права людини мають бути захищені, наголосив омбудсман."),
    ("uk", "Підписатися на петицію можна до кінця місяця, повідомили в міськраді."),
    ("uk", "Ми використовуємо нові технології в сільському господарстві, розповів фермер."),
    ("uk", "Печиво, яке продає пекарня, розкупили ще до обіду."),
    ("uk", "Джерело в уряді повідомило, що рішення ухвалять у п'ятницю."),
]
