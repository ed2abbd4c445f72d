# Hungarian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:(?!s[uü]ti|cookie)[^\n]){0,60}+(?:s[uü]tiket|s[uü]tik|cookie-kat|cookiekat|cookie-k)(?:\s++(?!haszn)\p{L}++){0,3}+\s++haszn[aá]l(?:unk|nak)\b[^\n]{0,800}+
site_uses: (?:ez a |a |az )?+(?:weboldal|honlap|webhely|oldal|port[aá]l)(?:unk)?+ (?:(?!s[uü]ti|cookie)[^\n]){0,30}+(?:s[uü]tiket|cookie-kat|cookiekat)\s++haszn[aá]l\b[^\n]{0,800}+
we_and_partners: mi [eé]s (?:a )?+(?:\d++ )?+partnereink[^\n]{0,800}+
by_continuing: (?:az? )?+(?:oldal|weboldal|honlap|webhely)(?:unk)? (?:tov[aá]bbi )?+haszn[aá]lat[aá]val(?:(?!hozz[aá]j[aá]rul|elfogad)[^\n]){0,80}+(?:hozz[aá]j[aá]rul|elfogad)[^\n]{0,600}+
by_clicking: (?:az? )?+(?:(?!gomb)[^\n]){1,40}+gombra kattintva[^\n]{0,600}+
