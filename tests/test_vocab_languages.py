"""Junk vocabularies of es, fr, de, pt, it, ru, ja and ko, and of every language with a
sample module in ``tests/vocab/``: what they find and what they leave.

* A typical junk line of each family is found in that language's own file, as a whole-line
  phrase (``lexicon(family).lookup``) or a shape (``patterns(family).fullmatch``).
* A widget bar mixing that language's labels and counts is covered by the widget lexicon.
* Prose that merely mentions a widget word is found by no family of any language.
* Every pattern of these languages has a sample line here, and runs in linear time on long
  near-miss input: a 100 KB line takes under 20 times as long as a 10 KB one.
"""

from __future__ import annotations

import time

import pytest

from articleclean.rules import DATA_DIR, RuleBook, read_patterns

from . import vocab

LANGS = ("es", "fr", "de", "pt", "it", "ru", "ja", "ko")
PHRASE_FAMILIES = (
    "share",
    "print",
    "fontsize",
    "counters",
    "related",
    "copyright",
    "comments",
    "ads",
    "subscribe",
    "cookie",
    "nav",
    "tags",
    "pagination",
    "captions",
)
PATTERN_FAMILIES = ("copyright", "subscribe", "cookie", "ads", "captions", "related", "comments")

# (lang, family, line): the line as it stands alone on a page.
PHRASES = [
    ("es", "share", "Compartir en WhatsApp"),
    ("es", "share", "Enlace copiado al portapapeles"),
    ("es", "print", "Enviar por correo electrónico"),
    ("es", "print", "Versión para imprimir"),
    ("es", "fontsize", "Tamaño de letra: A+ A-"),
    ("es", "counters", "comentarios"),
    ("es", "related", "Lo más leído"),
    ("es", "related", "NOTICIAS RELACIONADAS"),
    ("es", "copyright", "© Todos los derechos reservados."),
    ("es", "comments", "Deja tu comentario"),
    ("es", "ads", "PUBLICIDAD"),
    ("es", "subscribe", "Suscríbete a nuestro boletín"),
    ("es", "subscribe", "¿Ya eres suscriptor?"),
    ("es", "cookie", "Aceptar todas las cookies"),
    ("es", "nav", "Economía"),
    ("es", "tags", "Archivado en:"),
    ("es", "pagination", "Siguiente »"),
    ("es", "captions", "Foto:"),
    ("fr", "share", "Partager sur Facebook"),
    ("fr", "share", "Lien copié dans le presse-papiers"),
    ("fr", "print", "Envoyer cet article à un ami"),
    ("fr", "print", "Écouter l'article"),
    ("fr", "fontsize", "Taille du texte : A- A+"),
    ("fr", "counters", "commentaires"),
    ("fr", "related", "À lire aussi :"),
    ("fr", "related", "LIRE AUSSI"),
    ("fr", "related", "Les plus lus"),
    ("fr", "copyright", "Tous droits réservés."),
    ("fr", "copyright", "Toute reproduction, même partielle, est interdite."),
    ("fr", "comments", "Laisser un commentaire"),
    ("fr", "ads", "Publicité"),
    ("fr", "ads", "La suite après la publicité"),
    ("fr", "subscribe", "S'inscrire à la newsletter"),
    ("fr", "subscribe", "Article réservé aux abonnés"),
    ("fr", "cookie", "Tout accepter"),
    ("fr", "cookie", "Continuer sans accepter →"),
    ("fr", "nav", "Économie"),
    ("fr", "tags", "Mots-clés :"),
    ("fr", "pagination", "« Précédent"),
    ("fr", "captions", "Crédit photo :"),
    ("de", "share", "Artikel teilen"),
    ("de", "share", "Per WhatsApp teilen"),
    ("de", "print", "Per E-Mail versenden"),
    ("de", "print", "Zur Merkliste hinzufügen"),
    ("de", "fontsize", "Schriftgröße: A- A+"),
    ("de", "counters", "Kommentare"),
    ("de", "related", "Mehr zum Thema"),
    ("de", "related", "MEISTGELESEN"),
    ("de", "related", "Das könnte Sie auch interessieren"),
    ("de", "copyright", "Alle Rechte vorbehalten."),
    ("de", "copyright", "Nachdruck nur mit Genehmigung des Verlages"),
    ("de", "comments", "Kommentar schreiben"),
    ("de", "comments", "Die Kommentarfunktion ist geschlossen."),
    ("de", "ads", "Anzeige"),
    ("de", "ads", "WERBUNG"),
    ("de", "subscribe", "Jetzt abonnieren"),
    ("de", "subscribe", "Newsletter bestellen"),
    ("de", "cookie", "Alle akzeptieren"),
    ("de", "nav", "Wirtschaft"),
    ("de", "tags", "Schlagwörter:"),
    ("de", "pagination", "Nächste Seite »"),
    ("de", "captions", "Bildquelle:"),
    ("pt", "share", "Compartilhe esta matéria"),
    ("pt", "share", "Partilhar no WhatsApp"),
    ("pt", "print", "Versão para impressão"),
    ("pt", "print", "Salvar para ler depois"),
    ("pt", "fontsize", "Tamanho do texto: A- A+"),
    ("pt", "counters", "comentários"),
    ("pt", "related", "Leia também:"),
    ("pt", "related", "MAIS LIDAS"),
    ("pt", "copyright", "Todos os direitos reservados."),
    ("pt", "copyright", "É proibida a reprodução total ou parcial sem autorização."),
    ("pt", "comments", "Deixe seu comentário"),
    ("pt", "ads", "PUBLICIDADE"),
    ("pt", "ads", "Continua após a publicidade"),
    ("pt", "subscribe", "Assine a nossa newsletter"),
    ("pt", "subscribe", "Já é assinante? Faça login"),
    ("pt", "cookie", "Aceitar todos os cookies"),
    ("pt", "nav", "Esportes"),
    ("pt", "tags", "Tópicos:"),
    ("pt", "pagination", "Próxima página"),
    ("pt", "captions", "Foto:"),
    ("it", "share", "Condividi su WhatsApp"),
    ("it", "share", "Link copiato negli appunti"),
    ("it", "print", "Stampa l'articolo"),
    ("it", "print", "Ascolta l'articolo"),
    ("it", "fontsize", "Dimensione testo A- A+"),
    ("it", "counters", "commenti"),
    ("it", "related", "LEGGI ANCHE"),
    ("it", "related", "I più letti"),
    ("it", "copyright", "© RIPRODUZIONE RISERVATA"),
    ("it", "copyright", "È vietata la riproduzione, anche parziale."),
    ("it", "comments", "Lascia un commento"),
    ("it", "ads", "Pubblicità"),
    ("it", "ads", "Contenuto sponsorizzato"),
    ("it", "subscribe", "Iscriviti alla newsletter"),
    ("it", "subscribe", "Sei già abbonato? Accedi"),
    ("it", "cookie", "Accetta tutti i cookie"),
    ("it", "nav", "Cronaca"),
    ("it", "tags", "Argomenti:"),
    ("it", "pagination", "Successivo »"),
    ("it", "captions", "Foto d'archivio"),
    ("ru", "share", "Поделиться"),
    ("ru", "share", "Одноклассники"),
    ("ru", "share", "Ссылка скопирована"),
    ("ru", "print", "Версия для печати"),
    ("ru", "print", "Добавить в избранное"),
    ("ru", "fontsize", "Размер шрифта"),
    ("ru", "counters", "комментариев"),
    ("ru", "related", "Читайте также:"),
    ("ru", "related", "САМОЕ ЧИТАЕМОЕ"),
    ("ru", "related", "Ещё по теме"),
    ("ru", "copyright", "Все права защищены."),
    ("ru", "copyright", "При цитировании ссылка обязательна"),
    ("ru", "comments", "Оставить комментарий"),
    ("ru", "ads", "Реклама"),
    ("ru", "ads", "Новости партнёров"),
    ("ru", "subscribe", "Подпишитесь на рассылку"),
    ("ru", "subscribe", "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"),
    ("ru", "cookie", "Принять"),
    ("ru", "nav", "В мире"),
    ("ru", "tags", "Теги:"),
    ("ru", "pagination", "Следующая страница"),
    ("ru", "captions", "Фото:"),
    ("ja", "share", "シェアする"),
    ("ja", "share", "はてなブックマーク"),
    ("ja", "share", "LINEで送る"),
    ("ja", "print", "この記事を印刷"),
    ("ja", "print", "ウィンドウを閉じる"),
    ("ja", "fontsize", "文字サイズ：小 中 大"),
    ("ja", "counters", "いいね！"),
    ("ja", "related", "関連記事"),
    ("ja", "related", "アクセスランキング"),
    ("ja", "related", "あわせて読みたい"),
    ("ja", "copyright", "無断転載を禁じます。"),
    ("ja", "copyright", "無断転載・複製を禁じます"),
    ("ja", "comments", "コメントを書く"),
    ("ja", "ads", "広告"),
    ("ja", "ads", "[PR]"),
    ("ja", "subscribe", "会員登録"),
    ("ja", "subscribe", "この記事は有料会員限定です。"),
    ("ja", "cookie", "同意して閉じる"),
    ("ja", "nav", "国際"),
    ("ja", "tags", "関連キーワード"),
    ("ja", "pagination", "次のページへ"),
    ("ja", "captions", "写真："),
    ("ko", "share", "카카오톡 공유하기"),
    ("ko", "share", "URL이 복사되었습니다"),
    ("ko", "print", "기사 인쇄"),
    ("ko", "print", "스크랩"),
    ("ko", "fontsize", "글자크기"),
    ("ko", "fontsize", "가 가 가 가 가"),
    ("ko", "counters", "조회수"),
    ("ko", "related", "관련기사"),
    ("ko", "related", "많이 본 뉴스"),
    ("ko", "copyright", "무단전재 및 재배포 금지"),
    ("ko", "comments", "댓글쓰기"),
    ("ko", "ads", "광고"),
    ("ko", "subscribe", "구독하기"),
    ("ko", "subscribe", "로그인"),
    ("ko", "cookie", "모든 쿠키 허용"),
    ("ko", "nav", "경제"),
    ("ko", "tags", "#관련 태그"),
    ("ko", "pagination", "다음 기사"),
    ("ko", "captions", "사진"),
]

# (lang, family, pattern name, line): every pattern of LANGS needs at least one sample.
SHAPES = [
    ("es", "copyright_owner", "before_rights", "Diario del Sur. Todos los derechos reservados."),
    ("fr", "copyright_owner", "before_rights", "Sud Ouest Matin — Tous droits réservés"),
    ("de", "copyright_owner", "before_rights", "Rheinische Abendpost. Alle Rechte vorbehalten."),
    ("pt", "copyright_owner", "before_rights", "Diário de Lisboa — Todos os direitos reservados"),
    ("it", "copyright_owner", "before_rights", "Gazzetta del Lago. Tutti i diritti riservati."),
    (
        "es",
        "copyright",
        "mark_reserved",
        "© Diario El Sol S.L. 2024. Todos los derechos reservados.",
    ),
    (
        "es",
        "copyright",
        "mark_reserved",
        "Copyright © 1996-2024 Ediciones Norte S.A. Derechos reservados",
    ),
    ("es", "copyright", "reserved_mark", "Todos los derechos reservados © 2024 La Gaceta del Sur"),
    (
        "es",
        "copyright",
        "reserved_then",
        "Todos los derechos reservados. Prohibida su reproducción sin citar la fuente.",
    ),
    (
        "es",
        "copyright",
        "reproduction_forbidden",
        "Queda prohibida la reproducción total o parcial de los contenidos de esta web.",
    ),
    (
        "es",
        "copyright",
        "reproduction_is_forbidden",
        "La reproducción total o parcial de este artículo está prohibida sin autorización.",
    ),
    ("es", "copyright", "se_prohibe", "Se prohíbe la reproducción de los contenidos sin permiso."),
    ("es", "subscribe", "subscribe_imperative", "Suscríbete por 1 € el primer mes"),
    ("es", "subscribe", "follow_us", "Síguenos en Google Noticias"),
    ("es", "subscribe", "join_channel", "Únete a nuestro canal de WhatsApp"),
    ("es", "subscribe", "download_app", "Descarga la app de El Diario para iOS y Android"),
    (
        "es",
        "cookie",
        "we_use",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    ),
    ("es", "cookie", "site_uses", "Este sitio web utiliza cookies para mejorar su experiencia."),
    (
        "es",
        "cookie",
        "by_continuing",
        "Si continúa navegando, consideramos que acepta su uso.",
    ),
    (
        "es",
        "cookie",
        "by_clicking",
        "Al hacer clic en «Aceptar», acepta el uso de todas las cookies.",
    ),
    ("fr", "copyright", "mark_reserved", "© Le Quotidien du Nord 2024 - Tous droits réservés"),
    (
        "fr",
        "copyright",
        "mark_reserved",
        "Copyright © 2024 Éditions de l'Ouest. Droits de reproduction réservés.",
    ),
    ("fr", "copyright", "reserved_mark", "Tous droits réservés © La Gazette de Lyon"),
    (
        "fr",
        "copyright",
        "reserved_then",
        "Droits réservés. Reproduction et diffusion interdites sans autorisation écrite.",
    ),
    (
        "fr",
        "copyright",
        "reproduction_forbidden",
        "Reproduction strictement interdite sans l'accord de la rédaction.",
    ),
    (
        "fr",
        "copyright",
        "no_reproduction_without",
        "Aucune reprise de cet article n'est possible sans autorisation.",
    ),
    ("fr", "subscribe", "subscribe_imperative", "Abonnez-vous à partir de 1 € le premier mois"),
    (
        "fr",
        "subscribe",
        "call_to_subscribe",
        "Soutenez l'information locale : abonnez-vous dès 1 €.",
    ),
    (
        "fr",
        "subscribe",
        "offered_article",
        "Vous pouvez lire cet article car il vous a été offert par un abonné.",
    ),
    ("fr", "subscribe", "follow_us", "Suivez-nous sur Google Actualités"),
    ("fr", "subscribe", "download_app", "Téléchargez l'application du Quotidien"),
    ("fr", "subscribe", "left_to_read", "Il vous reste 78 % de cet article à lire."),
    (
        "fr",
        "cookie",
        "we_use",
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
    ),
    ("fr", "cookie", "site_uses", "Ce site utilise des cookies pour mesurer l'audience."),
    (
        "fr",
        "cookie",
        "we_and_partners",
        "Avec votre accord, nous et nos 850 partenaires utilisons des cookies ou technologies similaires.",
    ),
    (
        "fr",
        "cookie",
        "by_continuing",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
    ),
    (
        "fr",
        "cookie",
        "by_clicking",
        "En cliquant sur « Accepter », vous consentez au dépôt de traceurs.",
    ),
    (
        "de",
        "copyright",
        "mark_reserved",
        "© Frankfurter Tageblatt GmbH 2001 - 2024 Alle Rechte vorbehalten.",
    ),
    (
        "de",
        "copyright",
        "mark_reserved",
        "Copyright © Rheinische Post Mediengruppe. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
    ),
    (
        "de",
        "copyright",
        "reserved_then",
        "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Zeitungsgruppe Nord.",
    ),
    ("de", "copyright", "reserved_at", "Alle Rechte bei Berliner Morgenblatt"),
    (
        "de",
        "copyright",
        "reprint_only_with",
        "Nachdruck und Verbreitung nur mit vorheriger schriftlicher Genehmigung des Verlags.",
    ),
    ("de", "copyright", "dpa_slug", "© dpa-infocom, dpa:240612-99-123456/2"),
    ("de", "subscribe", "follow_us", "Folgen Sie uns auf Instagram, Threads und WhatsApp"),
    ("de", "subscribe", "read_on_with", "Jetzt weiterlesen mit Tagesblatt+"),
    ("de", "subscribe", "subscribe_to", "Jetzt den Morgenpost-Newsletter kostenlos abonnieren"),
    (
        "de",
        "subscribe",
        "download_app",
        "Laden Sie jetzt unsere kostenlose Nachrichten-App herunter",
    ),
    (
        "de",
        "cookie",
        "we_use",
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.",
    ),
    (
        "de",
        "cookie",
        "site_uses",
        "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
    ),
    (
        "de",
        "cookie",
        "we_and_partners",
        "Wir und unsere 143 Partner speichern und verarbeiten Daten auf Ihrem Gerät.",
    ),
    (
        "de",
        "cookie",
        "by_clicking",
        "Mit dem Klick auf „Akzeptieren“ willigen Sie in die Verarbeitung ein.",
    ),
    (
        "de",
        "cookie",
        "by_using",
        "Durch die weitere Nutzung dieser Website stimmen Sie der Verwendung von Cookies zu.",
    ),
    (
        "pt",
        "copyright",
        "mark_reserved",
        "Copyright Folha da Tarde. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita.",
    ),
    ("pt", "copyright", "mark_reserved", "© 2024 Jornal do Norte. Todos os direitos reservados"),
    (
        "pt",
        "copyright",
        "may_republish",
        "Você pode republicar este conteúdo desde que cite a fonte.",
    ),
    ("pt", "copyright", "reserved_mark", "Direitos reservados © Diário de Lisboa"),
    (
        "pt",
        "copyright",
        "reserved_then",
        "Todos os direitos reservados. Proibida a reprodução sem citar a fonte.",
    ),
    (
        "pt",
        "copyright",
        "reproduction_forbidden",
        "É proibida a reprodução deste conteúdo sem autorização prévia do jornal.",
    ),
    (
        "pt",
        "copyright",
        "reproduction_is_forbidden",
        "A reprodução total ou parcial deste conteúdo é proibida sem prévia autorização.",
    ),
    ("pt", "subscribe", "subscribe_imperative", "Assine por R$ 1,90 no primeiro mês"),
    ("pt", "subscribe", "follow_us", "Siga o Jornal da Cidade no Instagram"),
    ("pt", "subscribe", "follow_us", "Siga-nos no Google Notícias"),
    ("pt", "subscribe", "join_channel", "Entre no canal do Diário no WhatsApp"),
    ("pt", "subscribe", "download_app", "Baixe o app do Jornal e receba alertas"),
    ("pt", "cookie", "we_use", "Utilizamos cookies para melhorar a sua experiência de navegação."),
    (
        "pt",
        "cookie",
        "site_uses",
        "Este site utiliza cookies para personalizar conteúdo e anúncios.",
    ),
    (
        "pt",
        "cookie",
        "by_continuing",
        "Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
    ),
    (
        "pt",
        "cookie",
        "by_clicking",
        'Ao clicar em "Aceitar", você concorda com o armazenamento de cookies.',
    ),
    ("it", "copyright", "mark_reserved", "© Copyright ANSA - Tutti i diritti riservati"),
    (
        "it",
        "copyright",
        "mark_reserved",
        "Copyright © 2024 Editoriale Nord S.p.A. Riproduzione riservata.",
    ),
    ("it", "copyright", "reserved_mark", "RIPRODUZIONE RISERVATA © Copyright Agenzia Italia"),
    (
        "it",
        "copyright",
        "reserved_then",
        "Riproduzione riservata. Vietata la ripubblicazione senza autorizzazione scritta.",
    ),
    (
        "it",
        "copyright",
        "reproduction_forbidden",
        "È vietata la riproduzione dei contenuti di questo sito senza consenso.",
    ),
    (
        "it",
        "copyright",
        "vat_number",
        "Gruppo Editoriale Sud S.p.A. - P.IVA 01578251009 - Tutti i diritti riservati",
    ),
    ("it", "copyright", "vat_number", "Società Editrice del Nord srl | Partita IVA: 12345678901"),
    ("it", "subscribe", "subscribe_imperative", "Iscriviti alla newsletter del Corriere del Sud"),
    ("it", "subscribe", "subscribe_now", "Abbonati a 1 euro al mese."),
    ("it", "subscribe", "follow_us", "Seguici su Facebook, Instagram e X"),
    ("it", "subscribe", "join_channel", "Unisciti al nostro canale WhatsApp"),
    ("it", "subscribe", "download_app", "Scarica l'app del Quotidiano per iOS e Android"),
    ("it", "cookie", "we_use", "Utilizziamo i cookie per personalizzare contenuti e annunci."),
    ("it", "cookie", "site_uses", "Questo sito utilizza cookie tecnici e di profilazione."),
    (
        "it",
        "cookie",
        "we_and_partners",
        "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche.",
    ),
    (
        "it",
        "cookie",
        "closing_banner",
        "Chiudendo questo banner, scorrendo questa pagina o cliccando qualunque suo elemento acconsenti all'uso dei cookie.",
    ),
    ("it", "cookie", "by_continuing", "Proseguendo la navigazione accetti l'uso dei cookie."),
    ("ru", "copyright", "mark_reserved", "© 2024 МИА «Новости Севера». Все права защищены."),
    (
        "ru",
        "copyright",
        "mark_reserved",
        "Copyright © АО «Издательский дом». Все права защищены. Перепечатка запрещена.",
    ),
    (
        "ru",
        "copyright",
        "reserved_then",
        "Все права защищены. Использование материалов допускается только с согласия редакции.",
    ),
    (
        "ru",
        "copyright",
        "link_required",
        "При полном или частичном использовании материалов ссылка на «Вечерний город» обязательна.",
    ),
    (
        "ru",
        "copyright",
        "link_required",
        "В случае цитирования материалов гиперссылка на сайт обязательна",
    ),
    (
        "ru",
        "copyright",
        "reprint_forbidden",
        "Перепечатка материалов без письменного разрешения редакции запрещена.",
    ),
    (
        "ru",
        "copyright",
        "media_registration",
        "Свидетельство о регистрации СМИ Эл № ФС77-12345 выдано Роскомнадзором 01.02.2015.",
    ),
    (
        "ru",
        "copyright",
        "roskomnadzor_number",
        "Сетевое издание «Городские вести» зарегистрировано Роскомнадзором, Эл № ФС 77 - 54321",
    ),
    ("ru", "copyright", "age_rating", "18+"),
    ("ru", "ads", "ad_marking", "Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2VtzqwXyZab"),
    ("ru", "ads", "erid", "erid: LjN8KXYZabc"),
    ("ru", "subscribe", "follow_us", "Читайте нас в Telegram"),
    ("ru", "subscribe", "follow_us", "Мы в соцсетях: ВКонтакте, Одноклассники, Дзен"),
    ("ru", "subscribe", "subscribe_channel", "Подпишитесь на канал «Городских вестей» в MAX"),
    (
        "ru",
        "subscribe",
        "ctrl_enter",
        "Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl + Enter.",
    ),
    ("ru", "cookie", "we_use", "Мы используем файлы cookie для улучшения работы сайта."),
    ("ru", "cookie", "site_uses", "Этот сайт использует cookie для хранения данных."),
    (
        "ru",
        "cookie",
        "by_continuing",
        "Продолжая пользоваться сайтом, вы соглашаетесь на использование файлов cookie.",
    ),
    ("ja", "copyright", "mark_company", "Copyright © 2024 株式会社北日本新報 All rights reserved."),
    ("ja", "copyright", "mark_company", "© 2024 西都新聞社"),
    (
        "ja",
        "copyright",
        "no_reprint",
        "当サイトに掲載されている記事・写真の無断転載はお断りします。",
    ),
    ("ja", "copyright", "no_reprint", "掲載情報の無断複製・転載を禁止します"),
    (
        "ja",
        "copyright",
        "rights_belong",
        "本サイトの記事の著作権は東西通信社に帰属しています。",
    ),
    ("ja", "subscribe", "chars_left", "この記事は有料記事です。残り1234文字（全文2345文字）"),
    ("ja", "subscribe", "paid_member_continue", "有料会員になると続きをお読みいただけます。"),
    ("ja", "subscribe", "follow_prompt", "【公式】北日本新報のXをフォローしよう！"),
    ("ja", "subscribe", "app_download", "北日本新報アプリをダウンロードする"),
    (
        "ja",
        "cookie",
        "site_uses",
        "当サイトでは、サービス向上のためにCookieを使用しています。サイトの閲覧を続けた場合、Cookieの使用に同意したものとみなします。",
    ),
    (
        "ja",
        "cookie",
        "we_use",
        "サイトの利便性向上のためにクッキーを使用しています。詳しくはプライバシーポリシーをご確認ください。",
    ),
    (
        "ko",
        "copyright",
        "rights_holder",
        "<저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    ),
    ("ko", "copyright", "rights_holder", "저작권자 © 서울경제신문 무단전재 및 재배포 금지"),
    ("ko", "copyright", "mark_media", "ⓒ 한국일보 무단 전재 및 재배포 금지"),
    ("ko", "copyright", "mark_media", "Copyright ⓒ 아시아뉴스. 무단전재 및 재배포금지"),
    ("ko", "copyright", "no_reprint", "이 기사의 무단 전재, 재배포 및 AI 학습 이용을 금지"),
    ("ko", "subscribe", "tip_line", "제보는 카카오톡 okjebo"),
    ("ko", "subscribe", "tip_contact", "▷ 카카오톡 : '한빛제보' 검색, 채널 추가"),
    ("ko", "subscribe", "portal_subscribe", "▶ 네이버에서 한빛뉴스 채널 구독하기"),
    ("ko", "subscribe", "reporter_subscribe", "홍길동 기자 구독"),
    ("ko", "cookie", "site_uses", "본 사이트는 이용자 경험 개선을 위해 쿠키를 사용합니다."),
    (
        "ko",
        "cookie",
        "we_use",
        "당사는 서비스 제공을 위해 쿠키(cookie)를 사용합니다. 자세한 내용은 개인정보 처리방침을 확인하세요.",
    ),
    ("es", "captions", "credit_label", "Foto: EFE"),
    ("es", "captions", "credit_label", "(Imagen: Reuters / Juan Pérez)"),
    ("es", "captions", "photo_by", "Fotografía por cortesía de la Guardia Civil"),
    ("es", "captions", "source_comma", "Fuente de la imagen, Getty Images"),
    ("es", "captions", "caption_label", "Pie de foto,"),
    (
        "es",
        "related",
        "read_more_link",
        "Lee también: El Gobierno aprueba la reforma de las pensiones",
    ),
    ("es", "related", "read_more_link", "TE PUEDE INTERESAR | Cinco claves del acuerdo"),
    ("es", "comments", "n_comments", "12 comentarios"),
    ("es", "comments", "comments_n", "Comentarios (34)"),
    ("fr", "captions", "credit_label", "Photo : AFP"),
    ("fr", "captions", "credit_label", "Crédit photo : Jean Dupont / Hans Lucas"),
    ("fr", "captions", "agency_photo", "(Photo AFP)"),
    ("fr", "captions", "photo_by", "Photo de Marie Martin"),
    ("fr", "captions", "source_comma", "Source de l'image, AFP"),
    ("fr", "captions", "caption_label", "Légende de la vidéo,"),
    ("fr", "related", "read_more_link", "Lire aussi | Le gouvernement présente son budget"),
    ("fr", "related", "read_more_link", "LIRE AUSSI - Les maires face à la sécheresse"),
    ("fr", "related", "read_more_link", "Sur le même sujet : la réforme des retraites"),
    ("fr", "comments", "n_comments", "14 commentaires"),
    ("fr", "comments", "comments_n", "Réactions (3)"),
    ("fr", "comments", "reagir_n", "Réagir (4)"),
    ("de", "captions", "credit_label", "Foto: Michael Kappeler/dpa"),
    ("de", "captions", "credit_label", "Bild: picture alliance / dpa | Max Muster"),
    ("de", "captions", "photo_by", "Foto von Anna Schmidt"),
    ("de", "captions", "source_comma", "Bildquelle, picture alliance"),
    ("de", "captions", "caption_label", "Bildunterschrift,"),
    ("de", "related", "read_more_link", "Lesen Sie auch: Was die Reform für Mieter bedeutet"),
    ("de", "related", "read_more_link", "Mehr zum Thema – Die Ampel und der Haushalt"),
    ("de", "comments", "n_comments", "87 Kommentare"),
    ("de", "comments", "comments_n", "Forum (12)"),
    ("pt", "captions", "credit_label", "Foto: Marcelo Camargo/Agência Brasil"),
    ("pt", "captions", "source_slash", "Reprodução/Instagram"),
    ("pt", "captions", "photo_by", "Imagens por cortesia da Polícia Federal"),
    ("pt", "captions", "source_comma", "Crédito, Getty Images"),
    ("pt", "captions", "caption_label", "Legenda da foto,"),
    ("pt", "related", "read_more_link", "Leia também: Governo anuncia novo pacote fiscal"),
    ("pt", "related", "read_more_link", "Você pode gostar | Cinco destinos baratos"),
    ("pt", "comments", "n_comments", "8 comentários"),
    ("pt", "comments", "comments_n", "Comentários (5)"),
    ("it", "captions", "credit_label", "Foto: LaPresse"),
    ("it", "captions", "agency_photo", "(foto Ansa)"),
    ("it", "captions", "photo_by", "Foto di Mario Rossi"),
    ("it", "related", "read_more_link", "Leggi anche: Il governo vara la manovra"),
    ("it", "related", "read_more_link", "POTREBBE INTERESSARTI | Le città più care d'Italia"),
    ("it", "comments", "n_comments", "23 commenti"),
    ("it", "comments", "comments_n", "Commenti (23)"),
    ("ru", "captions", "credit_label", "Фото: РИА Новости / Иван Иванов"),
    ("ru", "captions", "credit_label", "Кадр из видео — пресс-служба МЧС"),
    ("ru", "captions", "source_comma", "Автор фото, Getty Images"),
    ("ru", "captions", "caption_label", "Подпись к фото,"),
    ("ru", "related", "read_more_link", "Читайте также: Правительство утвердило бюджет"),
    ("ru", "related", "read_more_link", "По теме — Что известно о новых правилах"),
    ("ru", "comments", "n_comments", "24 комментария"),
    ("ru", "comments", "comments_n", "Комментарии (12)"),
    ("ja", "captions", "credit_label", "（写真：ロイター）"),
    ("ja", "captions", "caption_credit", "記者会見する首相＝1日午後、首相官邸、山田太郎撮影"),
    ("ja", "captions", "source_comma", "画像提供, Getty Images"),
    ("ja", "captions", "caption_label", "画像説明,"),
    ("ja", "related", "read_more_link", "【関連記事】日銀が金融政策を修正"),
    ("ja", "related", "read_more_link", "関連記事：首相、来月にも訪米"),
    ("ja", "comments", "n_comments", "12件のコメント"),
    ("ja", "comments", "comments_n", "コメント（12件）"),
    ("ko", "captions", "credit_label", "[사진 제공=삼성전자]"),
    ("ko", "captions", "caption_credit", "서울 중구 명동 거리 모습. /사진=연합뉴스"),
    ("ko", "captions", "archive_photo", "[연합뉴스 자료사진]"),
    ("ko", "related", "read_more_link", "[관련기사] 정부, 부동산 대책 발표"),
    ("ko", "related", "read_more_link", "▶ 관련 뉴스: 한은 기준금리 동결"),
    ("ko", "comments", "whole_thread", "전체 댓글 12"),
    ("ko", "comments", "n_comments", "댓글 5개"),
    ("ko", "comments", "comments_n", "댓글 (3)"),
    ("fr", "comments", "n_comments", "1 234 commentaires"),
    # metadata families (issue #4): relative dates, agency datelines, media names
    ("pt", "relative_dates", "ago", "há 2 horas"),
    ("es", "relative_dates", "ago", "hace 3 horas"),
    ("fr", "relative_dates", "ago", "il y a 2 heures"),
    ("de", "relative_dates", "ago", "vor 2 Stunden"),
    ("it", "relative_dates", "ago", "2 ore fa"),
    ("ru", "relative_dates", "ago", "2 часа назад"),
    ("ja", "dateline", "agency", "【ワシントン共同】"),
    ("ja", "sources", "media", "北海道新聞"),
    ("ko", "dateline", "agency", "(서울=연합뉴스) 김수연 기자 = "),
    ("ja", "relative_dates", "month_day_time", "7/12(火) 8:00配信"),
    ("ko", "sources", "media", "한빛일보"),
    ("ja", "relative_dates", "ago", "3時間前"),
    ("ja", "relative_dates", "day_time", "昨日 8:00"),
    ("ko", "signoff", "reporter", "박지훈 기자"),
    ("pt", "ads", "shop_button", "Ver preço na Amazon"),
    (
        "pt",
        "ads",
        "affiliate_disclosure",
        "Este conteúdo contém links de afiliados: podemos receber uma comissão.",
    ),
    ("es", "ads", "shop_button", "Ver precio en Amazon"),
    ("es", "ads", "affiliate_disclosure", "Este artículo contiene enlaces de afiliados."),
    ("de", "ads", "affiliate_disclosure", "Dieser Artikel enthält Affiliate-Links."),
    ("fr", "ads", "affiliate_disclosure", "Cet article contient des liens affiliés."),
    ("pt", "ratings", "score_of_five", "4,8 de 5 (36 avaliações)"),
    ("fr", "reading_time", "lecture", "Lecture 3 min."),
    ("fr", "reading_time", "de_lecture", "5 min de lecture"),
    ("de", "reading_time", "lesezeit", "Lesezeit: 4 Min."),
    ("de", "reading_time", "min_lesezeit", "4 Min. Lesezeit"),
    ("es", "reading_time", "lectura", "Lectura: 3 min"),
    ("es", "reading_time", "de_lectura", "3 min de lectura"),
    ("pt", "reading_time", "leitura", "Tempo de leitura: 4 minutos"),
    ("pt", "reading_time", "de_leitura", "3 min de leitura"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("es", "Compartir | Imprimir | Enviar por correo | 12 comentarios"),
    ("es", "Tamaño de texto A A A Guardar"),
    ("fr", "Partager | Imprimer | Envoyer par e-mail | 14 commentaires"),
    ("fr", "Taille du texte Écouter l'article Offrir l'article"),
    ("de", "Teilen | Drucken | Per E-Mail versenden | Merken | 12 Kommentare"),
    ("de", "Schriftgröße A A A Vorlesen"),
    ("pt", "Compartilhar | Imprimir | Enviar por e-mail | 8 comentários"),
    ("pt", "Tamanho do texto A A A Salvar"),
    ("pt", "Partilhar Guardar 3 min de leitura"),
    ("it", "Condividi | Stampa | Invia per email | 23 commenti"),
    ("it", "Dimensione testo A A A Salva"),
    ("ru", "Поделиться: ВКонтакте Одноклассники Telegram 15"),
    ("ru", "Печать | Отправить по почте | 24 комментария | 1 234 просмотра"),
    ("ru", "Размер шрифта Сохранить в закладки"),
    ("ja", "シェアする ツイート LINEで送る はてなブックマーク 12"),
    ("ja", "印刷 メールで送る 文字サイズ 小 中 大"),
    ("ja", "コメント 3 いいね 15"),
    ("ko", "카카오톡 페이스북 트위터 URL 복사 기사 인쇄 글자크기"),
    ("ko", "좋아요 12 훈훈해요 0 슬퍼요 3 화나요 1 후속기사 원해요 5"),
    ("ko", "댓글 3 조회수 1,234"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("es", "Compartió el informe con sus colegas en la reunión del martes."),
    ("es", "Los comentarios del ministro provocaron una fuerte polémica en el Congreso."),
    ("es", "La imprimió, la guardó en un cajón y nunca volvió a leerla."),
    ("es", "Todos los derechos laborales reservados a los fijos se extenderán a los temporales."),
    ("es", "Suscribirse a la plataforma cuesta diez euros al mes, según la compañía."),
    ("es", "El sitio web utiliza datos de los usuarios sin su permiso, según la denuncia."),
    ("es", "Las cookies que vende la panadería se agotaron antes del mediodía."),
    ("fr", "Il a partagé le rapport avec ses collègues lors de la réunion de mardi."),
    ("fr", "Les commentaires du ministre ont suscité une vive polémique à l'Assemblée."),
    ("fr", "La reproduction de ce tableau est interdite depuis 1990, rappelle le musée."),
    ("fr", "Il faut imprimer, signer et envoyer le formulaire avant vendredi."),
    ("fr", "Nous utilisons des méthodes éprouvées, a déclaré le directeur."),
    ("fr", "Tous les droits sociaux réservés aux salariés seront étendus aux indépendants."),
    ("de", "Er hat den Bericht mit Kollegen geteilt."),
    ("de", "Die Kommentare des Ministers sorgten im Bundestag für Empörung."),
    ("de", "Sie wollte den Brief drucken, merken und später versenden."),
    ("de", "Wir verwenden die Daten ausschließlich für Forschungszwecke, sagte die Sprecherin."),
    ("de", "Alle Rechte der Beschäftigten bleiben vorbehalten, betonte die Gewerkschaft."),
    ("de", "Der Nachdruck des Buches ist seit Jahren vergriffen."),
    ("de", "Reaktionen"),
    ("de", "Empfehlungen"),
    ("pt", "Ele compartilhou o relatório com colegas na reunião de terça-feira."),
    ("pt", "Os comentários do ministro provocaram forte reação no Congresso."),
    ("pt", "A reprodução de espécies ameaçadas é proibida pela lei ambiental."),
    ("pt", "Assinaturas digitais cresceram 12% no trimestre, segundo a empresa."),
    ("pt", "Usamos cookies de chocolate na receita, contou a confeiteira."),
    ("pt", "Reações"),
    ("es", "Usamos cookies de avena para la merienda de los niños, explicó la cocinera."),
    ("fr", "Nous utilisons des cookies au chocolat dans cette recette, explique le chef."),
    ("it", "Ha condiviso il rapporto con i colleghi durante la riunione di martedì."),
    ("it", "I commenti del ministro hanno scatenato polemiche in Parlamento."),
    ("it", "La Stampa"),
    ("it", "Abbonati a Sky in crescita nel terzo trimestre"),
    ("it", "La stampa estera ha seguito il vertice con grande attenzione."),
    ("it", "Questo sito archeologico utilizza tecniche di scavo innovative."),
    ("it", "Reazioni"),
    ("ru", "Он поделился докладом с коллегами на совещании во вторник."),
    ("ru", "Мы в шоке от происходящего, сказал глава администрации."),
    ("ru", "Использование мобильных телефонов в школах запрещено с 1 сентября."),
    ("ru", "При этом ссылка на закон обязательна, подчеркнул министр."),
    ("ru", "Комментарии министра вызвали бурную реакцию в Госдуме."),
    ("ru", "Голос"),
    ("ja", "彼はその報告書を同僚と共有した。"),
    ("ja", "同社は記事の無断転載を禁止した。"),
    ("ja", "このサイトではクッキーの焼き方を紹介している。"),
    ("ja", "スマートフォン向けアプリをダウンロードした人は1000万人を超えた。"),
    ("ja", "首相は記者団に対し、印刷会社への支援策を検討すると述べた。"),
    ("ja", "中小企業の保存食メーカーが新商品を発表した。"),
    ("ko", "그는 보고서를 동료들과 공유했다."),
    ("ko", "정부는 무단 복제를 금지하는 법안을 통과시켰다."),
    ("ko", "제보를 받은 경찰은 현장에 출동했다."),
    ("ko", "이 사이트는 쿠키를 이용해 이용자 정보를 수집했다고 밝혔다."),
    ("ko", "위로"),
    ("ko", "댓글 조작 의혹에 대한 수사가 시작됐다."),
    ("es", "Votos"),
    ("fr", "Votes"),
    ("de", "Mastodon"),
    ("de", "Bild-Zeitung berichtet, dass der Kanzler zurücktreten will."),
    ("fr", "Photo de famille des dirigeants du G7 à Biarritz, ce lundi."),
    ("it", "Video US Open: la finale maschile in diretta."),
    ("ko", "댓글 조작 사건 재판이 열렸다."),
]


for _module in vocab.modules():  # the later languages' samples, one module each
    LANGS += (_module.LANG,)
    PHRASES += _module.PHRASES
    SHAPES += _module.SHAPES
    BARS += _module.BARS
    PROSE += _module.PROSE


def _id(*parts: object) -> str:
    return "-".join(str(p) for p in parts)[:60]


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook()


@pytest.mark.parametrize(
    ("lang", "family", "line"), [pytest.param(*p, id=_id(*p)) for p in PHRASES]
)
def test_junk_line_is_found_in_its_language(lang, family, line):
    rule = RuleBook(langs=(lang,)).lexicon(family).lookup(line)
    assert rule is not None, f"{line!r} is not in {lang}/{family}.txt"
    assert rule.lang == lang and rule.family == family


@pytest.mark.parametrize(
    ("lang", "family", "name", "line"), [pytest.param(*p, id=_id(*p[:3], p[3])) for p in SHAPES]
)
def test_junk_shape_is_matched_by_its_pattern(lang, family, name, line):
    found = RuleBook(langs=(lang,)).patterns(family).fullmatch(line)
    assert found is not None, f"{line!r} matches no {lang}/{family}.re pattern"
    assert found[0].id == f"{lang}/{family}.re:{name}"


@pytest.mark.parametrize(("lang", "line"), [pytest.param(*p, id=_id(*p)) for p in BARS])
def test_widget_bar_is_covered(lang, line, book):
    segments = RuleBook(langs=(lang,)).widgets().cover(line)
    assert segments is not None
    assert any(s.rule is not None and s.rule.lang == lang for s in segments)
    assert book.widgets().cover(line) is not None


@pytest.mark.parametrize(("lang", "line"), [pytest.param(*p, id=_id(*p)) for p in PROSE])
def test_prose_mentioning_widget_words_is_found_by_nothing(lang, line, book):
    assert book.lexicon(*PHRASE_FAMILIES).lookup(line) is None
    assert book.widgets().cover(line) is None
    for family in PATTERN_FAMILIES:
        assert book.patterns(family).fullmatch(line) is None, family


def _pattern_files():
    for lang in LANGS:
        yield from sorted((DATA_DIR / lang).glob("*.re"))


PATTERNS = [
    (rule, compiled)
    for path in _pattern_files()
    for rule, compiled in read_patterns(
        path, f"{path.parent.name}/{path.name}", path.stem, path.parent.name
    )
]


def test_every_pattern_has_a_sample():
    sampled = {f"{lang}/{family}.re:{name}" for lang, family, name, _ in SHAPES}
    missing = sorted(rule.id for rule, _ in PATTERNS if rule.id not in sampled)
    assert not missing, f"patterns without a sample line in SHAPES: {missing}"


def _near_misses(sample: str) -> list[str]:
    """Units whose long runs come close to matching: the sample, one character short, its head.

    A run of whole samples holds every literal of the pattern, so the engine cannot reject
    it by a required-string check; a pattern that backtracks over it shows up as a ratio
    far above 20 (an unbounded ``[^\\n]*`` before and after a literal gives about 100).
    """
    return [sample + " ", sample[:-1] + " ", sample[: max(1, len(sample) // 2)]]


def _run(pattern, text: str) -> float:
    """CPU time of this thread for a fullmatch and a search of ``text``.

    Not wall time (``perf_counter``): on a shared, loaded machine a 100 KB run is preempted
    far more often than a 10 KB one, which alone doubles its wall time and would make a
    linear pattern look super-linear. CPU time grows linearly for linear patterns.
    """
    start = time.thread_time()
    pattern.fullmatch(text)
    pattern.search(text)
    return time.thread_time() - start


_FLOOR = 1e-4  # seconds; below this a 10 KB run is mostly timer and cache noise


def _times(pattern, unit: str) -> tuple[float, float]:
    """Times on a 10 KB and a 100 KB line made of ``unit``, measured in turn (the caller
    measures again only when the ratio is too high: a linear pattern passes at once)."""
    small = (unit * (10_000 // len(unit) + 1))[:10_000]
    large = (unit * (100_000 // len(unit) + 1))[:100_000]
    return _run(pattern, small), _run(pattern, large)


@pytest.mark.parametrize(("rule", "pattern"), [pytest.param(r, p, id=r.id) for r, p in PATTERNS])
def test_pattern_runs_in_linear_time(rule, pattern):
    samples = [line for lang, fam, name, line in SHAPES if rule.id == f"{lang}/{fam}.re:{name}"]
    for unit in {u for s in samples for u in _near_misses(s)}:
        # Cache noise from other processes: a pattern fails only if all five tries do.
        for _ in range(5):
            t_small, t_large = _times(pattern, unit)
            if t_large < 20 * max(t_small, _FLOOR):
                break
        else:
            pytest.fail(f"{unit!r}: 10 KB {t_small:.5f}s, 100 KB {t_large:.5f}s")
