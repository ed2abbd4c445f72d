"""Turkish samples for tests/test_vocab_languages.py (see tests/vocab/__init__.py)."""

LANG = "tr"

# (lang, family, line): the line as it stands alone on a page.
PHRASES = [
    ("tr", "share", "Paylaş"),
    ("tr", "share", "WhatsApp'ta paylaş"),
    ("tr", "share", "Bağlantı kopyalandı"),
    ("tr", "print", "Yazdır"),
    ("tr", "print", "Haberi e-posta ile gönder"),
    ("tr", "print", "Daha sonra oku"),
    ("tr", "fontsize", "Yazı boyutu: A- A+"),
    ("tr", "counters", "yorum"),
    ("tr", "related", "İlgili Haberler"),
    ("tr", "related", "İLGİLİ HABERLER"),
    ("tr", "related", "EN ÇOK OKUNANLAR"),
    ("tr", "related", "Bunlar da ilginizi çekebilir"),
    ("tr", "copyright", "Tüm hakları saklıdır."),
    ("tr", "copyright", "Kaynak gösterilmeden kullanılamaz."),
    ("tr", "comments", "Yorum Yap"),
    ("tr", "comments", "Bu habere henüz yorum yapılmamış."),
    ("tr", "ads", "REKLAM"),
    ("tr", "ads", "Sponsorlu içerik"),
    ("tr", "subscribe", "Bültenimize abone olun"),
    ("tr", "subscribe", "Giriş Yap"),
    ("tr", "cookie", "Tümünü kabul et"),
    ("tr", "nav", "Ekonomi"),
    ("tr", "nav", "GÜNDEM"),
    ("tr", "tags", "Etiketler:"),
    ("tr", "tags", "ETİKETLER"),
    ("tr", "pagination", "Sonraki Sayfa »"),
    ("tr", "captions", "Fotoğraf:"),
]

# (lang, family, pattern name, line): every pattern of tr needs at least one sample.
SHAPES = [
    ("tr", "copyright_owner", "before_rights", "Ege Postası. Tüm hakları saklıdır."),
    (
        "tr",
        "copyright",
        "mark_reserved",
        "© 2024 Ege Postası Gazetecilik A.Ş. Tüm hakları saklıdır.",
    ),
    ("tr", "copyright", "mark_reserved", "Copyright © 2024 - Her hakkı saklıdır. Karadeniz Medya"),
    (
        "tr",
        "copyright",
        "reserved_then",
        "Tüm hakları saklıdır. Haberlerin izinsiz kullanılması yasaktır.",
    ),
    (
        "tr",
        "copyright",
        "rights_belong",
        "Sitemizde yayınlanan haber ve fotoğrafların tüm hakları Ege Postası'na aittir.",
    ),
    (
        "tr",
        "copyright",
        "law_5846",
        "Sitemizdeki içerikler 5846 sayılı Fikir ve Sanat Eserleri Kanunu kapsamında korunmaktadır.",
    ),
    (
        "tr",
        "copyright",
        "no_use_without",
        "Haberler kaynak gösterilmeden ve izin alınmadan kullanılamaz.",
    ),
    ("tr", "subscribe", "follow_us", "Bizi Google News'te takip edin"),
    ("tr", "subscribe", "join_channel", "Ege Postası WhatsApp kanalımıza katılın"),
    ("tr", "subscribe", "subscribe_to", "Günün özeti için e-bültenimize ücretsiz abone olun"),
    ("tr", "subscribe", "download_app", "Ege Postası uygulamasını hemen indirin"),
    ("tr", "subscribe", "paywall_read_on", "Haberin devamını okumak için abone olun"),
    (
        "tr",
        "cookie",
        "site_uses",
        "Bu web sitesinde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
    ),
    (
        "tr",
        "cookie",
        "we_use",
        "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. Ayrıntılar için Çerez Politikası'nı inceleyin.",
    ),
    (
        "tr",
        "cookie",
        "by_continuing",
        "Sitemizi kullanmaya devam ederek çerez kullanımını kabul etmiş sayılırsınız.",
    ),
    (
        "tr",
        "cookie",
        "by_clicking",
        '"Kabul Et" butonuna tıklayarak çerezlerin kullanılmasına onay vermiş olursunuz.',
    ),
    (
        "tr",
        "ads",
        "affiliate_disclosure",
        "Bu içerik satış ortaklığı bağlantıları içerir; alışverişlerinizden komisyon alabiliriz.",
    ),
    ("tr", "captions", "credit_label", "Fotoğraf: AA / Mert Kaya"),
    ("tr", "captions", "credit_label", "(Foto: DHA)"),
    ("tr", "captions", "photo_by", "Fotoğraflar Mert Kaya tarafından çekildi."),
    ("tr", "captions", "source_comma", "Fotoğraf kaynağı, Getty Images"),
    ("tr", "captions", "caption_label", "Fotoğraf altı yazısı,"),
    ("tr", "related", "read_more_link", "İLGİLİ HABER: Merkez Bankası faiz kararını açıkladı"),
    ("tr", "related", "read_more_link", "Okumadan Geçme | İzmir'de metro seferleri uzatıldı"),
    ("tr", "comments", "n_comments", "12 yorum"),
    ("tr", "comments", "comments_n", "Yorumlar (12)"),
    ("tr", "relative_dates", "ago", "2 saat önce"),
    ("tr", "relative_dates", "ago", "bir gün önce"),
    ("tr", "relative_dates", "just_now", "Az önce"),
    ("tr", "relative_dates", "today_time", "Dün 14:30"),
    ("tr", "reading_time", "okuma_suresi", "Okuma süresi: 4 dk"),
    ("tr", "reading_time", "dk_okuma", "3 dakikalık okuma"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("tr", "Paylaş | Yazdır | E-posta ile gönder | 12 yorum"),
    ("tr", "Yazı boyutu A A A Kaydet"),
    ("tr", "Facebook'ta paylaş Twitter'da paylaş Linki kopyala 3 dk okuma"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("tr", "Bakan, raporu toplantıda meslektaşlarıyla paylaştı."),
    ("tr", "Bakanın yorumları Meclis'te büyük tartışmaya yol açtı."),
    ("tr", "Mektubu yazdırıp imzaladı ve ertesi gün postaya verdi."),
    ("tr", "Filmin tüm hakları yapımcı şirkete aittir, dedi avukat."),
    ("tr", "Dergiye abone olanların sayısı geçen yıl yüzde 12 arttı."),
    ("tr", "Pastanede satılan çerezler öğle saatlerinde tükendi."),
    ("tr", "Polis, şüphelinin hareketlerini kameralardan takip etti."),
    ("tr", "Uzmanlar, belirtileri yakından takip edin uyarısında bulundu."),
    ("tr", "Kaynak"),
    ("tr", "Paylaşım ekonomisi büyümeye devam ediyor."),
]
