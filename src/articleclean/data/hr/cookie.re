# Croatian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
# Baked "kolačići" are prose: a banner sentence also names the site, its service or the browser.
we_use: (?:mi (?:i naši partneri )?+)?+(?:koristimo|upotrebljavamo|rabimo) (?:tzv\. |takozvane )?+["„“«]?+(?:kolačiće|kolačića|cookies?+)\b(?:(?!stranic|uslug|iskustv|sadržaj|oglas|promet|preglednik|korisni|posjetitelj|portal)[^\n]){0,200}+(?:stranic|uslug|iskustv|sadržaj|oglas|promet|preglednik|korisni|posjetitelj|portal)[^\n]{0,800}+
site_uses: (?:ova |naša )?+(?:internetska |mrežna |web )?+(?:stranica|web-stranica|portal|sjedište) (?:koristi|upotrebljava|rabi) (?:tzv\. |takozvane )?+["„“«]?+(?:kolačiće|cookies?+)\b[^\n]{0,800}+
by_continuing: (?:nastavkom|nastavljanjem|ako nastavite|nastavite li)(?:(?!kolačić|cookie)[^\n]){0,200}+(?:kolačić|cookie)[^\n]{0,600}+
