# Portuguese cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:nós )?+(?:usamos|utilizamos) (?:os )?+cookies(?:\.|[\s,(]++(?:próprios|de terceiros|e|ou|para|no|neste|em|essenciais|necessários|analíticos|que|com)\b[^\n]{0,800}+)
site_uses: (?:este|esse|o nosso|nosso) (?:site|sítio|portal|website) (?:usa|utiliza) (?:os )?+cookies\b[^\n]{0,800}+
by_continuing: ao (?:continuar|prosseguir) (?:a navegar|navegando|com a navegação|a utilizar|utilizando|usando)[^\n]{0,600}+
by_clicking: ao clicar em(?:(?!aceit)[^\n]){0,80}+aceit[^\n]{0,600}+
