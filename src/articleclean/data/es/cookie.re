# Spanish cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:nosotros y nuestros socios )?+(?:utilizamos|usamos|empleamos) (?:nuestras )?+cookies(?:\.|[\s,(]++(?:propias|de terceros|y|e|o|para|en|técnicas|necesarias|analíticas|con|que|al|a fin)\b[^\n]{0,800}+)
site_uses: (?:este|esta|nuestro|nuestra) (?:sitio web|sitio|página web|página|web|portal) (?:utiliza|usa|emplea) (?:cookies|galletas)\b[^\n]{0,800}+
by_continuing: si (?:continúa|continúas|continua|continuas|sigue|sigues) navegando[^\n]{0,600}+
by_clicking: al (?:hacer clic|pulsar|clicar|seleccionar)(?:(?!acept)[^\n]){0,80}+acept[^\n]{0,600}+
