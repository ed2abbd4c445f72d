"""Romanian samples for tests/test_vocab_languages.py (see tests/vocab/__init__.py)."""

LANG = "ro"

# (lang, family, line): the line as it stands alone on a page.
PHRASES = [
    ("ro", "share", "Distribuie pe Facebook"),
    ("ro", "share", "Link-ul a fost copiat"),
    ("ro", "share", "Distribuie stirea"),
    ("ro", "print", "Printează articolul"),
    ("ro", "print", "Trimite pe e-mail"),
    ("ro", "print", "Ascultă articolul"),
    ("ro", "fontsize", "Mărime text: A- A+"),
    ("ro", "counters", "comentarii"),
    ("ro", "related", "Citește și:"),
    ("ro", "related", "CITEȘTE ȘI"),
    ("ro", "related", "Citeşte şi"),
    ("ro", "related", "Cele mai citite"),
    ("ro", "related", "Te-ar putea interesa"),
    ("ro", "copyright", "Toate drepturile rezervate."),
    ("ro", "copyright", "Reproducerea parțială sau integrală interzisă"),
    ("ro", "comments", "Lasă un comentariu"),
    ("ro", "comments", "Fii primul care comentează"),
    ("ro", "ads", "PUBLICITATE"),
    ("ro", "ads", "Articolul continuă după reclamă"),
    ("ro", "subscribe", "Abonează-te la newsletter"),
    ("ro", "subscribe", "Ai deja cont? Autentifică-te"),
    ("ro", "cookie", "Acceptă toate cookie-urile"),
    ("ro", "cookie", "Sunt de acord"),
    ("ro", "nav", "Actualitate"),
    ("ro", "nav", "ȘTIRI"),
    ("ro", "tags", "Etichete:"),
    ("ro", "tags", "Cuvinte cheie"),
    ("ro", "pagination", "Pagina următoare »"),
    ("ro", "captions", "Sursa foto:"),
]

# (lang, family, pattern name, line): every pattern of ro needs at least one sample.
SHAPES = [
    ("ro", "copyright_owner", "before_rights", "Gazeta de Nord. Toate drepturile rezervate."),
    ("ro", "copyright", "mark_reserved", "© 2024 Gazeta de Nord SRL. Toate drepturile rezervate."),
    (
        "ro",
        "copyright",
        "mark_reserved",
        "Copyright © 2009-2024 Ziarul Transilvan - Drepturi rezervate",
    ),
    (
        "ro",
        "copyright",
        "reserved_then",
        "Toate drepturile rezervate. Preluarea materialelor se face doar cu acordul redacției.",
    ),
    (
        "ro",
        "copyright",
        "reproduction_forbidden",
        "Este interzisă reproducerea integrală sau parțială a materialelor fără acordul scris al redacției.",
    ),
    (
        "ro",
        "copyright",
        "taking_over_only",
        "Preluarea conținutului este permisă doar cu citarea sursei și link către articolul original.",
    ),
    (
        "ro",
        "copyright",
        "law_8_1996",
        "Conținutul site-ului este protejat de Legea nr. 8/1996 privind dreptul de autor.",
    ),
    ("ro", "subscribe", "follow_us", "Urmărește-ne pe Google News"),
    ("ro", "subscribe", "follow_us", "Urmăriți-ne și pe Facebook, Instagram și TikTok"),
    ("ro", "subscribe", "subscribe_imperative", "Abonează-te la newsletterul Gazeta de Nord"),
    ("ro", "subscribe", "join_channel", "Intră pe canalul nostru de WhatsApp pentru știrile zilei"),
    ("ro", "subscribe", "download_app", "Descarcă aplicația Gazeta de Nord pentru iOS și Android"),
    ("ro", "subscribe", "support_us", "Susține jurnalismul independent cu o donație"),
    (
        "ro",
        "cookie",
        "we_use",
        "Folosim cookie-uri pentru a-ți oferi cea mai bună experiență pe site-ul nostru.",
    ),
    (
        "ro",
        "cookie",
        "site_uses",
        "Acest site folosește cookie-uri pentru analiza traficului și personalizarea reclamelor.",
    ),
    (
        "ro",
        "cookie",
        "we_and_partners",
        "Noi și partenerii noștri stocăm și accesăm informații pe dispozitivul tău, precum cookie-urile.",
    ),
    (
        "ro",
        "cookie",
        "by_continuing",
        "Prin continuarea navigării pe site, ești de acord cu utilizarea cookie-urilor.",
    ),
    (
        "ro",
        "cookie",
        "by_clicking",
        "Făcând clic pe „Accept”, îți exprimi acordul pentru stocarea cookie-urilor.",
    ),
    (
        "ro",
        "ads",
        "affiliate_disclosure",
        "Acest articol conține linkuri de afiliere: putem primi un comision din achizițiile tale.",
    ),
    ("ro", "captions", "credit_label", "Foto: Inquam Photos / Octav Ganea"),
    ("ro", "captions", "credit_label", "Sursa foto: Facebook / Primăria Cluj-Napoca"),
    ("ro", "captions", "photo_by", "Fotografii de Mihai Stan"),
    ("ro", "captions", "illustrative", "Foto ilustrativă (Shutterstock)"),
    ("ro", "related", "read_more_link", "CITEȘTE ȘI: Guvernul a aprobat bugetul pe 2024"),
    ("ro", "related", "read_more_link", "Citeste si - Ce se schimba la pensii din ianuarie"),
    ("ro", "related", "topic_link", "Pe același subiect: Noi reguli pentru taximetriști"),
    ("ro", "comments", "n_comments", "12 comentarii"),
    ("ro", "comments", "n_comments", "24 de comentarii"),
    ("ro", "comments", "comments_n", "Comentarii (12)"),
    ("ro", "relative_dates", "ago", "acum 2 ore"),
    ("ro", "relative_dates", "ago", "acum o zi"),
    ("ro", "relative_dates", "just_now", "Chiar acum"),
    ("ro", "relative_dates", "today_time", "Ieri, 14:30"),
    ("ro", "reading_time", "timp_de_citire", "Timp de citire: 4 minute"),
    ("ro", "reading_time", "min_de_citit", "3 min de citit"),
    ("ro", "reading_time", "citesti_in", "Citești în 2 minute"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("ro", "Distribuie | Printează | Trimite pe e-mail | 12 comentarii"),
    ("ro", "Mărime text A A A Salvează"),
    ("ro", "Distribuie pe Facebook Distribuie pe WhatsApp Copiază linkul 3 min de citit"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("ro", "Ministrul a distribuit raportul colegilor săi în ședința de marți."),
    ("ro", "Comentariile ministrului au stârnit o dispută aprinsă în Parlament."),
    ("ro", "A printat formularul, l-a semnat și l-a trimis a doua zi."),
    (
        "ro",
        "Toate drepturile salariaților rezervate prin contract vor fi respectate, a spus sindicatul.",
    ),
    ("ro", "Preluarea puterii de către armată este interzisă de Constituție."),
    ("ro", "Abonații la transportul public vor plăti mai puțin din ianuarie."),
    ("ro", "Folosim aceleași metode ca anul trecut, a declarat directorul."),
    ("ro", "Utilizarea acestui medicament este interzisă copiilor sub 12 ani."),
    ("ro", "Sursa"),
    ("ro", "De la Cluj la Iași, prețurile au crescut cu 10%."),
]
