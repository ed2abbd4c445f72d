# Ukrainian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: ми (?:використовуємо|застосовуємо) (?:файли )?+(?:cookie|cookies|куки|кукі)\b[^\n]{0,800}+
site_uses: (?:цей |наш |даний )?+(?:сайт|вебсайт|веб-сайт) (?:використовує|застосовує) (?:файли )?+(?:cookie|cookies|куки|кукі)\b[^\n]{0,800}+
by_continuing: (?:продовжуючи|залишаючись)(?:(?!cookie|куки|кукі)[^\n]){0,200}+(?:cookie|куки|кукі)[^\n]{0,600}+
