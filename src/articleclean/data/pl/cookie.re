# Polish cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
# Baked "ciasteczka" are prose: the banner word is "pliki cookie(s)" (or "ciasteczka" beside it).
we_use: (?:my i nasi partnerzy )?+(?:używamy|wykorzystujemy|stosujemy) (?:plików |pliki |technologii |narzędzi )?+cookies?+\b[^\n]{0,800}+
site_uses: (?:ta|nasza|niniejsza) (?:strona internetowa|strona|witryna|serwis) (?:używa|wykorzystuje|stosuje|korzysta z) (?:plików |pliki )?+cookies?+\b[^\n]{0,800}+
we_and_partners: (?:my i nasi|my oraz nasi) (?:\d++ )?+(?:zaufani )?+partnerzy[^\n]{0,800}+
by_clicking: (?:klikając|kliknięcie)(?:(?!akceptuj|zgadzam|przejdź)[^\n]){0,60}+(?:akceptuj|zgadzam|przejdź)[^\n]{0,600}+
by_using: (?:korzystając|kontynuując korzystanie) z (?:tej |naszej |niniejszej )?+(?:strony|witryny|serwisu)[^\n]{0,40}?(?:zgadzasz|akceptujesz|wyrażasz zgodę|cookie)[^\n]{0,600}+
