# Indonesian copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
protected_then: (?:(?:seluruh|semua) )?+hak cipta dilindungi(?: undang[- ]undang)?+[.,;:–|-]\s*+[^\n]{1,300}+
mark_protected: (?:©|ⓒ|\(c\)|copyright)(?:(?!dilindungi)[^\n]){0,200}+dilindungi(?: undang[- ]undang)?+[^\n]{0,300}+
forbidden_without: dilarang (?:keras )?+(?:mengutip|menyalin|mengambil|memperbanyak|menayangkan|mereproduksi|mempublikasikan)(?:(?!tanpa )[^\n]){0,200}+tanpa (?:izin|seizin|persetujuan)[^\n]{0,200}+
mark_only: hak cipta\s*+(?:©|ⓒ|\(c\))\s*+(?:(?:19|20)\d\d(?:\s*+[-–]\s*+(?:19|20)\d\d)?+\s*+)?+[^\n]{1,200}+
