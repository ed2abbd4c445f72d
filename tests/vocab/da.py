"""Danish sample lines (see tests/test_vocab_languages.py for the shapes)."""

from __future__ import annotations

LANG = "da"

# (lang, family, line): a junk line as it stands alone on a page.
PHRASES = [
    ("da", "share", "Del"),
    ("da", "share", "Del artiklen"),
    ("da", "share", "Del på Facebook"),
    ("da", "share", "Kopiér link"),
    ("da", "share", "Linket er kopieret"),
    ("da", "print", "Udskriv"),
    ("da", "print", "Gem artiklen"),
    ("da", "print", "Lyt til artiklen"),
    ("da", "print", "Send på mail"),
    ("da", "fontsize", "Tekststørrelse"),
    ("da", "fontsize", "Større tekst Mindre tekst"),
    ("da", "counters", "kommentarer"),
    ("da", "counters", "visninger"),
    ("da", "related", "Læs også:"),
    ("da", "related", "LÆS OGSÅ"),
    ("da", "related", "Mest læste"),
    ("da", "related", "Seneste nyt"),
    ("da", "related", "Du vil måske også kunne lide"),
    ("da", "copyright", "Alle rettigheder forbeholdes."),
    ("da", "copyright", "Eftertryk forbudt uden tilladelse"),
    ("da", "comments", "Kommentarer"),
    ("da", "comments", "Skriv en kommentar"),
    ("da", "comments", "Der er lukket for kommentarer."),
    ("da", "ads", "ANNONCE"),
    ("da", "ads", "Annoncørbetalt indhold"),
    ("da", "ads", "Artiklen fortsætter efter annoncen"),
    ("da", "subscribe", "Bliv abonnent"),
    ("da", "subscribe", "Allerede abonnent? Log ind"),
    ("da", "subscribe", "Tilmeld dig vores nyhedsbrev"),
    ("da", "subscribe", "Tip redaktionen"),
    ("da", "cookie", "Accepter alle cookies"),
    ("da", "cookie", "Kun nødvendige cookies"),
    ("da", "nav", "Forside"),
    ("da", "nav", "Indland"),
    ("da", "nav", "Erhverv"),
    ("da", "tags", "Emner i artiklen"),
    ("da", "tags", "Emner:"),
    ("da", "pagination", "Næste side »"),
    ("da", "pagination", "Vis flere"),
    ("da", "captions", "Foto:"),
    ("da", "captions", "Arkivfoto"),
]

# (lang, family, pattern name, line): every pattern of da/*.re has a sample.
SHAPES = [
    (
        "da",
        "copyright",
        "mark_reserved",
        "© Fjordposten A/S 2024. Alle rettigheder forbeholdes.",
    ),
    (
        "da",
        "copyright",
        "mark_reserved",
        "Copyright © 2001–2024 Midtjyske Medier – alle rettigheder forbeholdt",
    ),
    (
        "da",
        "copyright",
        "reserved_then",
        "Alle rettigheder forbeholdes. Eftertryk uden tilladelse er ikke tilladt.",
    ),
    (
        "da",
        "copyright",
        "without_permission",
        "Kopiering af indhold fra siden uden skriftlig tilladelse er ikke tilladt.",
    ),
    ("da", "copyright", "only_with_source", "Eftertryk kun med tydelig kildeangivelse"),
    ("da", "copyright", "responsible_editor", "Ansvarshavende chefredaktør: Mette Kjærgaard"),
    (
        "da",
        "copyright_owner",
        "before_rights",
        "Fjordposten. Alle rettigheder forbeholdes.",
    ),
    ("da", "subscribe", "follow_us", "Følg os på Instagram og Facebook"),
    ("da", "subscribe", "subscribe_offer", "Bliv abonnent – første måned for 1 kr."),
    ("da", "subscribe", "subscribe_offer", "Prøv 3 måneder for 99 kroner"),
    ("da", "subscribe", "download_app", "Hent vores nyhedsapp til iPhone og Android"),
    ("da", "subscribe", "download_app", "Download Fjordpostens app gratis"),
    (
        "da",
        "subscribe",
        "sign_up_newsletter",
        "Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder hver morgen",
    ),
    (
        "da",
        "cookie",
        "we_use",
        "Vi bruger cookies til at forbedre din oplevelse og til statistik.",
    ),
    (
        "da",
        "cookie",
        "site_uses",
        "Denne hjemmeside bruger cookies til at huske dine indstillinger.",
    ),
    (
        "da",
        "cookie",
        "we_and_partners",
        "Vi og vores 212 partnere gemmer og/eller tilgår oplysninger på din enhed.",
    ),
    (
        "da",
        "cookie",
        "by_clicking",
        "Ved at klikke på »Accepter alle« giver du samtykke til brugen af cookies.",
    ),
    (
        "da",
        "cookie",
        "by_continuing",
        "Ved at fortsætte med at bruge siden accepterer du vores brug af cookies.",
    ),
    ("da", "ads", "shop_button", "Se prisen hos Amazon"),
    (
        "da",
        "ads",
        "affiliate_disclosure",
        "Artiklen indeholder annoncelinks. Vi kan få provision, hvis du handler via linkene.",
    ),
    ("da", "captions", "credit_label", "Foto: Mads Holm/Ritzau Scanpix"),
    ("da", "captions", "credit_label", "Arkivfoto: Jens Dresling"),
    ("da", "captions", "photo_by", "Foto af Lars Bjerre"),
    (
        "da",
        "captions",
        "caption_credit",
        "Brandvæsenet arbejdede hele natten på at slukke branden. Foto: Lars Holm/Ritzau Scanpix",
    ),
    ("da", "related", "read_more_link", "Læs også: Regeringen vil sænke afgiften på benzin"),
    ("da", "related", "read_more_link", "LÆS MERE – Sådan påvirkes din elregning i vinter"),
    ("da", "comments", "n_comments", "12 kommentarer"),
    ("da", "comments", "n_comments", "1.234 kommentarer"),
    ("da", "comments", "comments_n", "Kommentarer (8)"),
    ("da", "relative_dates", "ago", "for 2 timer siden"),
    ("da", "relative_dates", "ago", "5 min. siden"),
    ("da", "relative_dates", "day_time", "i går kl. 14.32"),
    ("da", "relative_dates", "day_time", "I dag 08:15"),
    ("da", "reading_time", "laesetid", "Læsetid: 4 min."),
    ("da", "reading_time", "min_laesning", "3 min. læsning"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("da", "Del | Udskriv | Send på mail | 12 kommentarer"),
    ("da", "Tekststørrelse A A A Gem artiklen Lyt"),
    ("da", "Del på Facebook Del på X Kopiér link"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("da", "Hun delte rapporten med sine kolleger på tirsdagens møde."),
    ("da", "Ministerens kommentarer vakte stærk kritik i Folketinget."),
    ("da", "Han printede opskriften, gemte den og glemte den så igen."),
    ("da", "Alle rettigheder for de fastansatte skal også gælde for vikarerne."),
    ("da", "Det koster 99 kroner om måneden at abonnere på tjenesten, oplyser selskabet."),
    ("da", "Vi bruger data fra brugerne uden deres samtykke, lyder anklagen."),
    ("da", "Kopiering af nøgler uden tilladelse er udbredt, siger låsesmeden."),
    ("da", "Del opgaven op i mindre dele, rådede projektlederen."),
    ("da", "Annoncørerne trak deres kampagner efter skandalen."),
]
