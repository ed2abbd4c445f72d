"""Croatian sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "hr"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("hr", "share", "Podijeli"),
    ("hr", "share", "Podijeli na Facebooku"),
    ("hr", "share", "Poveznica je kopirana"),
    ("hr", "print", "Verzija za ispis"),
    ("hr", "print", "Pošalji e-mailom"),
    ("hr", "print", "Poslušaj članak"),
    ("hr", "fontsize", "Veličina slova"),
    ("hr", "fontsize", "Povećaj slova"),
    ("hr", "counters", "komentara"),
    ("hr", "counters", "pregleda"),
    ("hr", "related", "Pročitajte i:"),
    ("hr", "related", "NAJČITANIJE"),
    ("hr", "related", "Vezane vijesti"),
    ("hr", "related", "Moglo bi vas zanimati"),
    ("hr", "copyright", "Sva prava pridržana."),
    ("hr", "copyright", "Sva prava zadržana."),
    ("hr", "copyright", "Zabranjeno je preuzimanje sadržaja bez dopuštenja."),
    ("hr", "comments", "Komentari"),
    ("hr", "comments", "Napišite komentar"),
    ("hr", "comments", "Komentiranje je isključeno."),
    ("hr", "ads", "Oglas"),
    ("hr", "ads", "Sponzorirani sadržaj"),
    ("hr", "ads", "Članak se nastavlja ispod oglasa"),
    ("hr", "subscribe", "Prijavite se na newsletter"),
    ("hr", "subscribe", "Uočili ste pogrešku? Označite tekst i pritisnite Ctrl+Enter"),
    ("hr", "subscribe", "Prijava"),
    ("hr", "cookie", "Prihvaćam"),
    ("hr", "cookie", "Postavke kolačića"),
    ("hr", "nav", "Naslovnica"),
    ("hr", "nav", "Gospodarstvo"),
    ("hr", "tags", "Oznake:"),
    ("hr", "tags", "Ključne riječi"),
    ("hr", "pagination", "Sljedeća stranica »"),
    ("hr", "pagination", "Učitaj još"),
    ("hr", "captions", "Foto:"),
    ("hr", "captions", "Ilustrativna fotografija"),
]

# (lang, family, pattern name, line): every pattern of hr/*.re has a sample.
SHAPES = [
    (
        "hr",
        "copyright",
        "mark_reserved",
        "© 2005–2024 Jadranski list d.o.o. Sva prava pridržana.",
    ),
    (
        "hr",
        "copyright",
        "mark_reserved",
        "Copyright © Kvarnerske novine. Sva prava su zadržana.",
    ),
    (
        "hr",
        "copyright",
        "reserved_then",
        "Sva prava pridržana. Sadržaj se ne smije prenositi bez dopuštenja izdavača.",
    ),
    (
        "hr",
        "copyright",
        "forbidden_first",
        "Zabranjeno je svako kopiranje sadržaja ovog portala bez pisanog dopuštenja izdavača.",
    ),
    (
        "hr",
        "copyright",
        "forbidden_without",
        "Preuzimanje i objavljivanje sadržaja bez prethodnog dopuštenja izdavača nije dopušteno.",
    ),
    (
        "hr",
        "copyright",
        "use_with_source",
        "Prenošenje sadržaja s portala dopušteno je uz obavezno navođenje izvora i poveznicu na članak.",
    ),
    ("hr", "copyright_owner", "before_rights", "Jadranski list. Sva prava pridržana."),
    ("hr", "comments", "n_comments", "14 komentara"),
    ("hr", "comments", "n_comments", "1 komentar"),
    ("hr", "comments", "comments_n", "Komentari (14)"),
    (
        "hr",
        "ads",
        "in_cooperation",
        "Ovaj članak nastao je u suradnji s tvrtkom Jadran Energija d.o.o.",
    ),
    ("hr", "ads", "in_cooperation", "Sadržaj je pripremljen uz podršku Grada Rijeke."),
    ("hr", "subscribe", "follow_us", "Pratite nas na Facebooku i Instagramu"),
    ("hr", "subscribe", "follow_us", "Pratite nas i na Google vijestima"),
    ("hr", "subscribe", "subscribe_channel", "Pridružite se našem kanalu na WhatsAppu"),
    (
        "hr",
        "subscribe",
        "subscribe_channel",
        "Prijavite se na naš besplatni newsletter i budite u tijeku",
    ),
    (
        "hr",
        "subscribe",
        "support_us",
        "Podržite neovisno novinarstvo: postanite pretplatnik već od 3 eura mjesečno.",
    ),
    (
        "hr",
        "subscribe",
        "download_app",
        "Preuzmite našu besplatnu mobilnu aplikaciju za iOS i Android",
    ),
    (
        "hr",
        "subscribe",
        "ctrl_enter",
        "Ako ste uočili pogrešku, označite je mišem i pritisnite Ctrl + Enter.",
    ),
    (
        "hr",
        "cookie",
        "we_use",
        "Koristimo kolačiće kako bismo vam pružili bolje iskustvo na našoj stranici.",
    ),
    (
        "hr",
        "cookie",
        "site_uses",
        "Ova internetska stranica koristi kolačiće za analizu posjećenosti.",
    ),
    (
        "hr",
        "cookie",
        "by_continuing",
        "Nastavkom pregledavanja stranice pristajete na korištenje kolačića.",
    ),
    ("hr", "captions", "credit_label", "Foto: Marko Lis/PIXSELL"),
    ("hr", "captions", "credit_label", "Ilustrativna fotografija: Shutterstock"),
    ("hr", "captions", "photo_by", "Fotografije snimio Ivan Perić"),
    (
        "hr",
        "related",
        "read_more_link",
        "Pročitajte i: Novi most na Krku otvara se u rujnu",
    ),
    ("hr", "related", "read_more_link", "VEZANO — Cijene kruha rastu od jeseni"),
    ("hr", "sources", "press_title", "Zadarski list"),
    ("hr", "sources", "press_title", "Međimurske novine"),
    ("hr", "relative_dates", "ago", "prije 2 sata"),
    ("hr", "relative_dates", "ago", "prije 15 min"),
    ("hr", "relative_dates", "ago", "prije sat vremena"),
    ("hr", "relative_dates", "today_time", "Danas u 14:35"),
    ("hr", "relative_dates", "today_time", "jučer, 18:45"),
    ("hr", "reading_time", "vrijeme_citanja", "Vrijeme čitanja: 4 min"),
    ("hr", "reading_time", "min_citanja", "3 minute čitanja"),
]

# (lang, line): a widget bar of the language, as one line.
BARS = [
    ("hr", "Podijeli: Facebook WhatsApp Viber 23"),
    ("hr", "Ispiši | Pošalji e-mailom | 14 komentara | 2.345 pregleda"),
    ("hr", "Veličina slova Spremi članak"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("hr", "Podijelio je izvješće s kolegama na sastanku u utorak."),
    ("hr", "Komentari ministra izazvali su burnu reakciju u Saboru."),
    ("hr", "Ispis udžbenika kasni zbog nestašice papira, priznali su u nakladničkoj kući."),
    ("hr", "Sva prava radnika moraju biti zaštićena, poručili su iz sindikata."),
    ("hr", "Pretplata na gradski prijevoz poskupljuje od listopada, objavili su iz Grada."),
    ("hr", "Koristimo kolačiće iz obližnje pekare za desert, ispričala je slastičarka."),
    ("hr", "Zabranjeno je korištenje mobitela tijekom nastave, odlučilo je ministarstvo."),
    ("hr", "Izvor iz Vlade rekao je da će odluka biti donesena u petak."),
]
