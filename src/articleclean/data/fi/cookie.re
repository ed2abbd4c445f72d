# Finnish cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:me )?+(?:käytämme|hyödynnämme|keräämme)(?:(?!evästei)[^\n]){0,40}+evästei(?:tä|den|ttä|ksi|llä)\b[^\n]{0,800}+
site_uses: (?:tämä |tällä )?+(?:sivusto|verkkosivusto|palvelu|verkkopalvelu|sivustolla|palvelussa|verkkopalvelussa)(?:mme)?+ (?:käyttää|käytetään|hyödyntää) evästei(?:tä|den)\b[^\n]{0,800}+
we_and_partners: me ja (?:\d++ )?+(?:yhteistyö)?+kumppani(?:mme|amme)\b[^\n]{0,800}+
by_clicking: (?:klikkaamalla|napsauttamalla|valitsemalla|painamalla)(?:(?!hyväksy|salli)[^\n]){0,80}+(?:hyväksy|salli)[^\n]{0,600}+
by_continuing: (?:jatkamalla|käyttämällä) (?:sivuston|sivustomme|palvelun|palvelumme|verkkopalvelun|verkkopalvelumme|tämän sivuston) (?:käyttöä |selaamista )?+(?:hyväksyt|annat suostumuksesi)\b[^\n]{0,600}+
