# Turkish cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
# "Çerez" is also a snack: a sentence counts only when it speaks of the site or its service.
site_uses: (?:\S{1,60}+ )?(?:bu )?+(?:web sitesi|web sitemiz|internet sitesi|internet sitemiz|sitemiz|site)(?:nde|mizde)? (?:(?!çerez)[^\n]){0,80}+çerez(?:ler)?+[^\n]{0,800}+
we_use: (?:(?!deneyim|hizmet|site|reklam|analiz|içerik|performans)[^\n]){0,120}+(?:deneyim|hizmet|site|reklam|analiz|içerik|performans)(?:(?!çerez)[^\n]){0,120}+çerez(?:ler)?+ (?:kullanıyoruz|kullanmaktayız|kullanılmaktadır)[^\n]{0,800}+
by_continuing: (?:siteyi|sitemizi|web sitemizi|bu siteyi) (?:kullanmaya devam ederek|ziyaret etmeye devam ederek|kullanarak)[^\n]{0,600}+
by_clicking: (?=(?:(?!çerez)[^\n]){0,300}+çerez)(?:(?!tıklayarak)[^\n]){0,80}+tıklayarak(?:(?!kabul|onay)[^\n]){0,120}+(?:kabul|onay)[^\n]{0,600}+
