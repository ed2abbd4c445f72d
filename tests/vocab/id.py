"""Indonesian (id) samples for tests/test_vocab_languages.py."""

LANG = "id"

# (lang, family, line): the line as it stands alone on a page.
PHRASES = [
    ("id", "share", "Bagikan artikel ini"),
    ("id", "share", "Bagikan ke WhatsApp"),
    ("id", "share", "Link berhasil disalin"),
    ("id", "print", "Cetak artikel"),
    ("id", "print", "Dengarkan artikel ini"),
    ("id", "fontsize", "Ukuran teks A A A"),
    ("id", "counters", "Kali dibaca"),
    ("id", "related", "Baca Juga:"),
    ("id", "related", "Berita Terkait"),
    ("id", "related", "Terpopuler"),
    ("id", "related", "Pilihan Redaksi"),
    ("id", "copyright", "Hak Cipta Dilindungi Undang-Undang."),
    ("id", "comments", "Tulis komentar Anda"),
    ("id", "comments", "Jadilah yang pertama berkomentar"),
    ("id", "ads", "ADVERTORIAL"),
    ("id", "ads", "Scroll untuk melanjutkan"),
    ("id", "subscribe", "Ikuti kami di Google News"),
    ("id", "subscribe", "Masuk / Daftar"),
    ("id", "cookie", "Terima semua"),
    ("id", "nav", "Beranda"),
    ("id", "nav", "Ekonomi dan Bisnis"),
    ("id", "tags", "Topik:"),
    ("id", "tags", "Tag"),
    ("id", "pagination", "Halaman selanjutnya"),
    ("id", "captions", "Foto ilustrasi"),
]

# (lang, family, pattern name, line): every pattern of id needs at least one sample.
SHAPES = [
    (
        "id",
        "related",
        "read_more_link",
        "Baca juga: Harga cabai rawit di Surabaya naik dua kali lipat",
    ),
    ("id", "related", "read_more_link", "BACA JUGA | Banjir rob rendam pesisir Semarang"),
    (
        "id",
        "copyright",
        "mark_protected",
        "Copyright © 2016 Harian Nusantara Pos. Hak cipta dilindungi undang-undang.",
    ),
    (
        "id",
        "copyright",
        "mark_protected",
        "© 2024 Warta Khatulistiwa. Seluruh hak cipta dilindungi",
    ),
    (
        "id",
        "copyright",
        "protected_then",
        "Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa menyebut sumber.",
    ),
    (
        "id",
        "copyright",
        "forbidden_without",
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ini tanpa izin redaksi.",
    ),
    ("id", "copyright", "mark_only", "Hak Cipta © 2016 PT Media Nusantara Pos"),
    (
        "id",
        "copyright_owner",
        "before_rights",
        "Harian Nusantara Pos. Hak cipta dilindungi undang-undang.",
    ),
    ("id", "dateline", "place_outlet", "SEMARANG, KOMPAS.com -"),
    ("id", "dateline", "place_outlet", "Jakarta, CNN Indonesia --"),
    ("id", "dateline", "outlet_place", "TEMPO.CO, Jakarta -"),
    ("id", "dateline", "outlet_place", "Liputan6.com, Jakarta -"),
    ("id", "comments", "n_comments", "12 Komentar"),
    ("id", "comments", "n_comments", "3 tanggapan untuk Banjir rob rendam pesisir Semarang"),
    ("id", "comments", "comments_n", "Komentar (12)"),
    (
        "id",
        "ads",
        "affiliate_disclosure",
        "Artikel ini mengandung tautan afiliasi; kami bisa mendapat komisi dari pembelian.",
    ),
    ("id", "subscribe", "follow_us", "Ikuti kami di Instagram, TikTok dan WhatsApp Channel"),
    ("id", "subscribe", "follow_us", "Simak berita lainnya di Google News"),
    ("id", "subscribe", "join_channel", "Gabung saluran WhatsApp Nusantara Pos sekarang"),
    (
        "id",
        "subscribe",
        "download_app",
        "Unduh aplikasi Nusantara Pos di App Store dan Google Play",
    ),
    ("id", "subscribe", "subscribe_to", "Berlangganan newsletter kami, gratis setiap pagi"),
    (
        "id",
        "subscribe",
        "breaking_channel",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita via WhatsApp Channel.",
    ),
    (
        "id",
        "cookie",
        "we_use",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
    ),
    (
        "id",
        "cookie",
        "site_uses",
        "Situs ini menggunakan cookie untuk menyimpan preferensi dan menganalisis lalu lintas.",
    ),
    (
        "id",
        "cookie",
        "by_continuing",
        "Dengan terus menggunakan situs ini, Anda menyetujui penggunaan cookie sesuai kebijakan kami.",
    ),
    (
        "id",
        "cookie",
        "by_clicking",
        "Dengan mengklik tombol Terima, Anda mengizinkan kami menyimpan data di perangkat Anda.",
    ),
    ("id", "captions", "credit_label", "Foto: ANTARA/Budi Santoso"),
    ("id", "captions", "credit_label", "Ilustrasi: Shutterstock"),
    ("id", "captions", "agency_photo", "ANTARA FOTO/Aditya Pradana Putra"),
    (
        "id",
        "captions",
        "caption_credit",
        "Warga melintas di Jalan Sudirman, Jakarta, Selasa (12/7/2016). (ANTARA FOTO/Budi Santoso)",
    ),
    ("id", "captions", "photo_by", "Foto oleh Dimas Prakoso"),
    ("id", "captions", "caption_label", "Keterangan foto:"),
    ("id", "relative_dates", "ago", "2 jam yang lalu"),
    ("id", "relative_dates", "ago", "5 menit lalu"),
    ("id", "relative_dates", "just_now", "Baru saja"),
    ("id", "reading_time", "waktu_baca", "Waktu baca: 3 menit"),
    ("id", "reading_time", "menit_baca", "4 menit baca"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("id", "Bagikan | Cetak | Kirim lewat email | 12 Komentar"),
    ("id", "Ukuran teks A A A Simpan"),
    ("id", "Bagikan Salin tautan Dengarkan artikel 1.234 kali dibaca"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("id", "Ia membagikan laporan itu kepada rekan-rekannya dalam rapat hari Selasa."),
    ("id", "Komentar menteri tersebut memicu perdebatan panjang di DPR."),
    (
        "id",
        "Warga diminta mencetak formulir, menandatanganinya, lalu mengirimkannya sebelum Jumat.",
    ),
    ("id", "Hak cipta lagu itu dilindungi sejak 1998, kata kuasa hukum sang pencipta."),
    ("id", "Jumlah pelanggan layanan streaming itu naik 12 persen pada kuartal kedua."),
    ("id", "Kami menggunakan data dari Badan Pusat Statistik, ujar juru bicara kementerian."),
    ("id", "Toko kue itu menjual cookie cokelat yang selalu habis sebelum siang."),
    ("id", "Daftar nama calon legislatif diumumkan KPU pada Senin malam."),
    ("id", "Foto-foto banjir itu beredar luas di media sosial sejak pagi."),
]
