"""Czech sample lines (see tests/test_vocab_languages.py for what each list is)."""

LANG = "cs"

PHRASES = [
    ("cs", "share", "Sdílet"),
    ("cs", "share", "Sdílet na Facebooku"),
    ("cs", "share", "Odkaz byl zkopírován"),
    ("cs", "print", "Tisk"),
    ("cs", "print", "Poslat e-mailem"),
    ("cs", "print", "Poslechněte si článek"),
    ("cs", "fontsize", "Velikost písma A A A"),
    ("cs", "counters", "komentářů"),
    ("cs", "related", "Čtěte také:"),
    ("cs", "related", "SOUVISEJÍCÍ ČLÁNKY"),
    ("cs", "related", "Nejčtenější"),
    ("cs", "copyright", "Všechna práva vyhrazena."),
    ("cs", "copyright", "Veškerá práva vyhrazena"),
    ("cs", "comments", "Vstoupit do diskuze"),
    ("cs", "comments", "Diskuze byla uzavřena."),
    ("cs", "ads", "Reklama"),
    ("cs", "ads", "Komerční sdělení"),
    ("cs", "ads", "Článek pokračuje pod reklamou"),
    ("cs", "subscribe", "Přihlaste se k odběru newsletteru"),
    ("cs", "subscribe", "Jste předplatitel? Přihlaste se"),
    ("cs", "cookie", "Přijmout vše"),
    ("cs", "cookie", "Nastavení souborů cookie"),
    ("cs", "nav", "Domácí"),
    ("cs", "nav", "Zahraničí"),
    ("cs", "tags", "Štítky:"),
    ("cs", "tags", "Témata článku"),
    ("cs", "pagination", "Další strana »"),
    ("cs", "captions", "Ilustrační foto"),
    ("cs", "captions", "Foto:"),
]

SHAPES = [
    ("cs", "copyright_owner", "before_rights", "Deník Vysočiny. Všechna práva vyhrazena."),
    (
        "cs",
        "copyright",
        "mark_reserved",
        "Copyright © 1999–2024 Vltavské vydavatelství, a.s., všechna práva vyhrazena.",
    ),
    ("cs", "copyright", "mark_reserved", "© 2024 Brněnský týdeník. Všechna práva vyhrazena"),
    (
        "cs",
        "copyright",
        "reserved_then",
        "Všechna práva vyhrazena. Publikování nebo šíření obsahu je zakázáno.",
    ),
    (
        "cs",
        "copyright",
        "forbidden_without",
        "Jakékoliv užití obsahu včetně převzetí článků a fotografií je bez písemného souhlasu vydavatele zakázáno.",
    ),
    ("cs", "subscribe", "follow_us", "Sledujte nás na Facebooku a Instagramu"),
    ("cs", "subscribe", "subscribe_to", "Přihlaste se k odběru našeho newsletteru zdarma"),
    ("cs", "subscribe", "buy_subscription", "Kupte si předplatné a čtěte bez omezení"),
    ("cs", "subscribe", "download_app", "Stáhněte si naši aplikaci pro Android a iOS"),
    (
        "cs",
        "subscribe",
        "whole_for_subscribers",
        "Celý článek je dostupný pouze pro předplatitele.",
    ),
    (
        "cs",
        "cookie",
        "we_use",
        "Používáme soubory cookies, abychom vám zajistili co nejlepší zážitek z webu.",
    ),
    (
        "cs",
        "cookie",
        "site_uses",
        "Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti.",
    ),
    (
        "cs",
        "cookie",
        "we_and_partners",
        "My a naši partneři ukládáme a zpřístupňujeme informace ve vašem zařízení.",
    ),
    (
        "cs",
        "cookie",
        "by_clicking",
        "Kliknutím na tlačítko „Souhlasím“ udělujete souhlas se zpracováním.",
    ),
    (
        "cs",
        "cookie",
        "by_using",
        "Pokračováním v prohlížení tohoto webu souhlasíte s použitím cookies.",
    ),
    ("cs", "ads", "affiliate_disclosure", "Tento článek obsahuje affiliate odkazy."),
    ("cs", "captions", "credit_label", "Foto: Petr Hloušek, MAFRA"),
    ("cs", "captions", "credit_label", "Ilustrační foto: Shutterstock"),
    ("cs", "captions", "credit_label", "(foto: ČTK)"),
    ("cs", "captions", "photo_by", "Snímky pořídil Tomáš Kučera"),
    ("cs", "related", "read_more_link", "Čtěte také: Vláda schválila návrh rozpočtu"),
    ("cs", "related", "read_more_link", "Přečtěte si také | Co se mění od července"),
    ("cs", "comments", "n_comments", "12 komentářů"),
    ("cs", "comments", "n_comments", "3 příspěvky"),
    ("cs", "comments", "comments_n", "Diskuze (52)"),
    ("cs", "comments", "comments_n", "Vstoupit do diskuse (18)"),
    ("cs", "relative_dates", "ago", "před 2 hodinami"),
    ("cs", "relative_dates", "ago", "před hodinou"),
    ("cs", "relative_dates", "today_time", "včera 18:45"),
    ("cs", "relative_dates", "today_time", "Dnes v 10:30"),
    ("cs", "reading_time", "doba_cteni", "Doba čtení: 4 min"),
    ("cs", "reading_time", "min_cteni", "4 min čtení"),
    ("cs", "reading_time", "cteni_na", "Čtení na 4 minuty"),
]

BARS = [
    ("cs", "Sdílet | Tisk | Poslat e-mailem | 12 komentářů"),
    ("cs", "Velikost písma A A A Uložit"),
    ("cs", "Zkopírovat odkaz Poslechnout článek 4 min čtení"),
]

PROSE = [
    ("cs", "Zprávu sdílel s kolegy na úterní poradě."),
    ("cs", "Komentáře ministra vyvolaly ve Sněmovně bouřlivou reakci."),
    ("cs", "Dopis vytiskla, uložila do šuplíku a už se k němu nevrátila."),
    ("cs", "Všechna práva zaměstnanců zůstávají zachována, zdůraznili odboráři."),
    ("cs", "Předplatné platformy stojí 199 korun měsíčně, uvedla firma."),
    ("cs", "Tento web používá jen málo lidí, přiznal ředitel."),
    ("cs", "Používáme recepty našich babiček, řekla cukrářka."),
    ("cs", "Reakce"),
]

SHAPES += [
    ("cs", "sources", "press_title", "Plzeňský deník"),
    ("cs", "sources", "press_title", "Jihlavské listy"),
]
