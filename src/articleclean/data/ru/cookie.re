# Russian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: мы (?:используем|применяем) (?:файлы )?+(?:cookie|cookies|куки|кукис)\b[^\n]{0,800}+
site_uses: (?:этот |наш |данный )?+сайт (?:использует|применяет) (?:файлы )?+(?:cookie|cookies|куки)\b[^\n]{0,800}+
by_continuing: (?:продолжая|оставаясь)(?:(?!cookie|куки)[^\n]){0,200}+(?:cookie|куки)[^\n]{0,600}+
