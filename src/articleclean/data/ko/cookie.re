# Korean cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
# ^ marks a shape that only exists as a whole line; a banner ends in a polite form (니다, 세요).
site_uses: (?:이|본|당) ?+(?:웹\s?+)?+(?:사이트|홈페이지)(?:는|에서는|은)(?:(?!쿠키)[^\n]){0,120}+쿠키[^\n]{0,600}+(?<=(?:니다|세요|십시오)[.!]?+)
we_use: ^(?:(?!쿠키)[^\n]){0,80}+쿠키(?:\s?+\(cookie\))?+(?:를|을)\s?+(?:사용|이용|활용)[^\n]{0,600}+(?<=(?:니다|세요|십시오)[.!]?+)
