"""Swedish sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "sv"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("sv", "share", "Dela"),
    ("sv", "share", "Dela artikeln"),
    ("sv", "share", "Dela på Facebook"),
    ("sv", "share", "Kopiera länk"),
    ("sv", "share", "Länken är kopierad"),
    ("sv", "print", "Skriv ut"),
    ("sv", "print", "Spara artikeln"),
    ("sv", "print", "Lyssna på artikeln"),
    ("sv", "print", "Skicka med e-post"),
    ("sv", "fontsize", "Textstorlek"),
    ("sv", "fontsize", "Större text Mindre text"),
    ("sv", "counters", "kommentarer"),
    ("sv", "counters", "visningar"),
    ("sv", "related", "Läs också:"),
    ("sv", "related", "LÄS MER"),
    ("sv", "related", "Mest lästa"),
    ("sv", "related", "Senaste nytt"),
    ("sv", "related", "Du kanske också gillar"),
    ("sv", "copyright", "Alla rättigheter förbehållna."),
    ("sv", "copyright", "Eftertryck förbjudet"),
    ("sv", "comments", "Kommentarer"),
    ("sv", "comments", "Skriv en kommentar"),
    ("sv", "comments", "Kommentarsfältet är stängt."),
    ("sv", "ads", "ANNONS"),
    ("sv", "ads", "Annonssamarbete"),
    ("sv", "ads", "Artikeln fortsätter efter annonsen"),
    ("sv", "subscribe", "Bli prenumerant"),
    ("sv", "subscribe", "Redan prenumerant? Logga in"),
    ("sv", "subscribe", "Prenumerera på vårt nyhetsbrev"),
    ("sv", "subscribe", "Tipsa redaktionen"),
    ("sv", "cookie", "Godkänn alla cookies"),
    ("sv", "cookie", "Endast nödvändiga cookies"),
    ("sv", "nav", "Startsida"),
    ("sv", "nav", "Inrikes"),
    ("sv", "nav", "Nöje"),
    ("sv", "tags", "Ämnen i artikeln"),
    ("sv", "tags", "Taggar:"),
    ("sv", "pagination", "Nästa sida »"),
    ("sv", "pagination", "Visa fler"),
    ("sv", "captions", "Foto:"),
    ("sv", "captions", "Arkivbild"),
]

# (lang, family, pattern name, line): every pattern of sv/*.re has a sample.
SHAPES = [
    (
        "sv",
        "copyright",
        "mark_reserved",
        "© Västkustens Tidning AB 2024. Alla rättigheter förbehållna.",
    ),
    (
        "sv",
        "copyright",
        "mark_reserved",
        "Copyright © 1996–2024 Mälardalens Nyheter – alla rättigheter reserverade",
    ),
    (
        "sv",
        "copyright",
        "reserved_then",
        "Alla rättigheter förbehållna. Eftertryck utan tillstånd är förbjudet.",
    ),
    (
        "sv",
        "copyright",
        "without_permission",
        "Kopiering av material från sajten utan skriftligt tillstånd är förbjuden.",
    ),
    ("sv", "copyright", "responsible_publisher", "Ansvarig utgivare: Karin Ekholm"),
    (
        "sv",
        "copyright_owner",
        "before_rights",
        "Västkustens Tidning. Alla rättigheter förbehållna.",
    ),
    ("sv", "subscribe", "follow_us", "Följ oss på Instagram och Facebook"),
    ("sv", "subscribe", "subscribe_offer", "Bli prenumerant – första månaden för 1 kr"),
    ("sv", "subscribe", "subscribe_offer", "Prova 3 månader för 99 kronor"),
    ("sv", "subscribe", "download_app", "Ladda ner vår nyhetsapp för iOS och Android"),
    ("sv", "subscribe", "download_app", "Hämta Kustbladets app gratis"),
    (
        "sv",
        "subscribe",
        "sign_up_newsletter",
        "Anmäl dig till vårt nyhetsbrev och få de viktigaste nyheterna varje morgon",
    ),
    (
        "sv",
        "cookie",
        "we_use",
        "Vi använder cookies för att ge dig en bättre upplevelse av vår webbplats.",
    ),
    (
        "sv",
        "cookie",
        "site_uses",
        "Den här webbplatsen använder kakor för att förbättra din upplevelse.",
    ),
    (
        "sv",
        "cookie",
        "we_and_partners",
        "Vi och våra 212 partners lagrar och/eller får åtkomst till information på din enhet.",
    ),
    (
        "sv",
        "cookie",
        "by_clicking",
        "Genom att klicka på ”Godkänn alla” samtycker du till att cookies lagras på din enhet.",
    ),
    (
        "sv",
        "cookie",
        "by_continuing",
        "Genom att fortsätta använda webbplatsen godkänner du att vi använder cookies.",
    ),
    ("sv", "ads", "shop_button", "Se priset hos Amazon"),
    (
        "sv",
        "ads",
        "affiliate_disclosure",
        "Artikeln innehåller annonslänkar. Vi kan få provision om du handlar via länkarna.",
    ),
    ("sv", "captions", "credit_label", "Foto: Anna Ekström/TT"),
    ("sv", "captions", "credit_label", "Bild: Johan Nilsson/TT"),
    ("sv", "captions", "photo_by", "Foto av Lars Bergman"),
    (
        "sv",
        "captions",
        "caption_credit",
        "Räddningstjänsten arbetade hela natten med att släcka branden. Foto: Lars Ek/TT",
    ),
    ("sv", "related", "read_more_link", "Läs också: Regeringen vill sänka skatten på bensin"),
    ("sv", "related", "read_more_link", "LÄS MER – Så påverkas din elräkning i vinter"),
    ("sv", "comments", "n_comments", "12 kommentarer"),
    ("sv", "comments", "n_comments", "1 234 kommentarer"),
    ("sv", "comments", "comments_n", "Kommentarer (8)"),
    ("sv", "relative_dates", "ago", "för 2 timmar sedan"),
    ("sv", "relative_dates", "ago", "5 min sedan"),
    ("sv", "relative_dates", "day_time", "i går 14.32"),
    ("sv", "relative_dates", "day_time", "Idag kl. 08:15"),
    ("sv", "reading_time", "lastid", "Lästid: 4 min"),
    ("sv", "reading_time", "min_lasning", "3 min läsning"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("sv", "Dela | Skriv ut | Skicka med e-post | 12 kommentarer"),
    ("sv", "Textstorlek A A A Spara Lyssna"),
    ("sv", "Dela på Facebook Dela på X Kopiera länk"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("sv", "Hon delade rapporten med sina kollegor på tisdagens möte."),
    ("sv", "Ministerns kommentarer väckte stark kritik i riksdagen."),
    ("sv", "Han skrev ut receptet, sparade det och glömde sedan bort det."),
    ("sv", "Alla rättigheter som de anställda har ska förbehållas även de timanställda."),
    ("sv", "Att prenumerera på tjänsten kostar 99 kronor i månaden, enligt bolaget."),
    ("sv", "Vi använder data från användarna utan deras tillstånd, enligt anmälan."),
    ("sv", "Kopiering av nycklar utan tillstånd är vanligt, säger låssmeden."),
    ("sv", "Dela upp arbetet i mindre delar, rådde projektledaren."),
    ("sv", "Annonsörerna drog tillbaka sina kampanjer efter skandalen."),
]
