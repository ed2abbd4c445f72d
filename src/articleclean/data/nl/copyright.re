# Dutch copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!rechten voorbehouden)[^\n]){0,200}+rechten voorbehouden[^\n]{0,300}+
reserved_then: alle rechten voorbehouden[.,;:–|-]\s*+[^\n]{1,300}+
nothing_from: niets uit (?:deze|dit|de) (?:uitgave|website|site|publicatie|artikel|content|inhoud)(?:(?!worden )[^\n]){0,80}+worden (?:verveelvoudigd|overgenomen|gekopieerd|openbaar gemaakt)[^\n]{0,400}+
only_with_consent: (?:overname|overnemen|verveelvoudiging|publicatie|hergebruik|herpublicatie)(?:(?!alleen |uitsluitend |enkel )[^\n]){0,80}+(?:alleen|uitsluitend|enkel) (?:toegestaan )?+(?:met|na) (?:(?:voorafgaande|uitdrukkelijke|schriftelijke) )*+(?:toestemming|bronvermelding|goedkeuring)[^\n]{0,200}+
