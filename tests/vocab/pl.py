"""Polish sample lines (see tests/test_vocab_languages.py for what each list is)."""

LANG = "pl"

PHRASES = [
    ("pl", "share", "Udostępnij"),
    ("pl", "share", "Udostępnij na Facebooku"),
    ("pl", "share", "Link został skopiowany"),
    ("pl", "print", "Drukuj"),
    ("pl", "print", "Wyślij e-mailem"),
    ("pl", "print", "Posłuchaj artykułu"),
    ("pl", "fontsize", "Rozmiar czcionki A A A"),
    ("pl", "counters", "komentarzy"),
    ("pl", "related", "Czytaj także:"),
    ("pl", "related", "ZOBACZ TEŻ"),
    ("pl", "related", "Najczęściej czytane"),
    ("pl", "copyright", "Wszelkie prawa zastrzeżone."),
    ("pl", "copyright", "Przedruk tylko za zgodą redakcji"),
    ("pl", "comments", "Dodaj komentarz"),
    ("pl", "comments", "Komentarze zostały wyłączone."),
    ("pl", "ads", "REKLAMA"),
    ("pl", "ads", "Dalsza część artykułu pod materiałem wideo"),
    ("pl", "ads", "Artykuł sponsorowany"),
    ("pl", "subscribe", "Zapisz się do newslettera"),
    ("pl", "subscribe", "Masz już subskrypcję? Zaloguj się"),
    ("pl", "cookie", "Akceptuję i przechodzę do serwisu"),
    ("pl", "cookie", "Ustawienia plików cookie"),
    ("pl", "nav", "Strona główna"),
    ("pl", "nav", "Gospodarka"),
    ("pl", "tags", "Tagi:"),
    ("pl", "tags", "Słowa kluczowe:"),
    ("pl", "pagination", "Następna strona »"),
    ("pl", "captions", "Fot."),
    ("pl", "captions", "Zdjęcie ilustracyjne"),
]

SHAPES = [
    ("pl", "copyright_owner", "before_rights", "Gazeta Nadwiślańska. Wszelkie prawa zastrzeżone."),
    (
        "pl",
        "copyright",
        "mark_reserved",
        "© 2024 Wydawnictwo Pomorskie Sp. z o.o. Wszelkie prawa zastrzeżone.",
    ),
    (
        "pl",
        "copyright",
        "mark_reserved",
        "Copyright © 1999–2024 Grupa Medialna Nord. Wszystkie prawa zastrzeżone",
    ),
    (
        "pl",
        "copyright",
        "reserved_then",
        "Wszelkie prawa zastrzeżone. Kopiowanie treści wyłącznie za zgodą wydawcy.",
    ),
    (
        "pl",
        "copyright",
        "reprint_only_with",
        "Przedruk i wykorzystywanie materiałów tylko za pisemną zgodą redakcji.",
    ),
    (
        "pl",
        "copyright",
        "forbidden_without",
        "Kopiowanie i rozpowszechnianie treści bez zgody wydawcy jest zabronione.",
    ),
    ("pl", "subscribe", "follow_us", "Obserwuj nas w Google News"),
    ("pl", "subscribe", "follow_us", "Śledź nas na Facebooku i Instagramie"),
    ("pl", "subscribe", "subscribe_to", "Zapisz się na nasz newsletter i bądź na bieżąco"),
    ("pl", "subscribe", "buy_subscription", "Wykup subskrypcję i czytaj bez ograniczeń"),
    ("pl", "subscribe", "download_app", "Pobierz naszą aplikację na Androida i iOS"),
    ("pl", "subscribe", "join_channel", "Dołącz do naszego kanału na WhatsAppie"),
    (
        "pl",
        "cookie",
        "we_use",
        "Używamy plików cookies, aby zapewnić najlepszą jakość korzystania z serwisu.",
    ),
    (
        "pl",
        "cookie",
        "site_uses",
        "Ta strona korzysta z plików cookie w celach statystycznych i reklamowych.",
    ),
    (
        "pl",
        "cookie",
        "we_and_partners",
        "My i nasi zaufani partnerzy przetwarzamy dane osobowe zapisane w plikach cookies.",
    ),
    (
        "pl",
        "cookie",
        "by_clicking",
        "Klikając przycisk „Akceptuję”, wyrażasz zgodę na przetwarzanie danych.",
    ),
    (
        "pl",
        "cookie",
        "by_using",
        "Korzystając z serwisu, zgadzasz się na zapisywanie plików cookie.",
    ),
    ("pl", "ads", "affiliate_disclosure", "Ten artykuł zawiera linki afiliacyjne."),
    ("pl", "captions", "credit_label", "Fot. PAP/Leszek Szymański"),
    ("pl", "captions", "credit_label", "(fot. archiwum)"),
    ("pl", "captions", "credit_label", "Zdjęcie: Shutterstock"),
    ("pl", "captions", "photo_by", "Zdjęcia wykonał Marek Zieliński"),
    ("pl", "related", "read_more_link", "Czytaj także: Rząd przyjął projekt budżetu"),
    ("pl", "related", "read_more_link", "ZOBACZ TEŻ: Nowe przepisy od lipca"),
    ("pl", "comments", "n_comments", "12 komentarzy"),
    ("pl", "comments", "n_comments", "3 komentarze"),
    ("pl", "comments", "comments_n", "Komentarze (24)"),
    ("pl", "relative_dates", "ago", "2 godziny temu"),
    ("pl", "relative_dates", "ago", "godzinę temu"),
    ("pl", "relative_dates", "today_time", "wczoraj, 18:45"),
    ("pl", "relative_dates", "today_time", "Dzisiaj o godz. 10:30"),
    ("pl", "reading_time", "czas_czytania", "Czas czytania: 4 min"),
    ("pl", "reading_time", "min_czytania", "4 min czytania"),
]

BARS = [
    ("pl", "Udostępnij | Drukuj | Wyślij e-mailem | 12 komentarzy"),
    ("pl", "Rozmiar czcionki A A A Zapisz"),
    ("pl", "Skopiuj link Posłuchaj artykułu 4 min czytania"),
]

PROSE = [
    ("pl", "Udostępnił raport kolegom podczas wtorkowego posiedzenia."),
    ("pl", "Komentarze ministra wywołały burzę w Sejmie."),
    ("pl", "Wydrukowała list, schowała go do szuflady i nigdy więcej do niego nie wróciła."),
    ("pl", "Wszelkie prawa pracownicze zastrzeżone dla etatowców obejmą także zleceniobiorców."),
    ("pl", "Subskrypcja platformy kosztuje 30 zł miesięcznie, podała firma."),
    ("pl", "Używamy ciasteczek owsianych do deseru, wyjaśniła kucharka."),
    ("pl", "Przedruk książki jest niedostępny od lat."),
    ("pl", "Reakcje"),
]

SHAPES += [
    ("pl", "sources", "press_title", "Kurier Lubelski"),
    ("pl", "sources", "press_title", "Dziennik Bałtycki"),
]
