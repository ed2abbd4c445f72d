# Indonesian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: kami (?:menggunakan|memakai)(?:(?!cookie)[^\n]){0,30}+cookies?\b[^\n]{0,800}+
site_uses: (?:situs|website|laman|situs web) (?:ini|kami) (?:menggunakan|memakai) (?:cookies?|kuki)\b[^\n]{0,800}+
by_continuing: dengan (?:terus )?+(?:melanjutkan|menggunakan|mengakses|menjelajahi) (?:situs|website|laman|situs web) (?:ini|kami)\b(?:(?!cookie|setuju|menyetujui)[^\n]){0,120}+(?:cookie|setuju|menyetujui)[^\n]{0,600}+
by_clicking: dengan (?:mengklik|mengeklik|menekan|klik)(?:(?!terima|setuju)[^\n]){0,80}+(?:terima|setuju)[^\n]{0,600}+
