# Indonesian photo caption and credit shapes (photo_captions), whole line: "Foto: ANTARA/Budi Santoso".
credit_label: [(\[]?+\s*+(?:foto|foto ilustrasi|ilustrasi|gambar|sumber foto|sumber gambar|kredit foto|dok(?:umentasi)?+|foto dok(?:umentasi)?+|tangkapan layar|infografis|grafis|video)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
agency_photo: antara\s*+foto\s*+/\s*+[^\n]{1,80}+
# A caption that ends with its agency credit: "Warga melintas di Jalan Sudirman, Jakarta,
# Selasa (12/7/2016). (ANTARA FOTO/Budi Santoso)".
caption_credit: (?:(?!\(\s*+(?:antara\s*+foto|foto|dok)\s*+/)[^\n]){10,300}+\(\s*+(?:antara\s*+foto|foto|dok)\s*+/\s*+[^\n()]{1,80}+\)\s*+
photo_by: (?:foto|video|gambar) (?:oleh|karya) (?-i:\p{Lu})[^\n]{1,120}+
# "Keterangan foto:" (a label line) introduces the caption on the next line.
caption_label: (?:keterangan foto|keterangan gambar|keterangan video)\s*+[,:]?+
