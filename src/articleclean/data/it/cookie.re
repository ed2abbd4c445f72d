# Italian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:noi )?+(?:utilizziamo|usiamo) (?:i )?+cookie(?:\.|[\s,(]++(?:tecnici|di terze parti|propri|e|o|per|al fine|analitici|di profilazione|che|sul|su)\b[^\n]{0,800}+)
site_uses: questo sito (?:web )?+(?:utilizza|usa|fa uso di) (?:i )?+cookie\b[^\n]{0,800}+
we_and_partners: noi e (?:terze parti selezionate|i nostri (?:\d++ )?+partner)[^\n]{0,800}+
closing_banner: chiudendo (?:questo )?+banner[^\n]{0,600}+
by_continuing: (?:proseguendo|continuando) (?:la|nella) navigazione[^\n]{0,600}+
