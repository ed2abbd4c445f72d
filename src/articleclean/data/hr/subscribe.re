# Croatian subscription / follow / support / error-report prompts with a variable tail; fullmatch on the whole line.
# ^ marks a shape that only exists as a whole line: it stops a search from scanning every offset.
follow_us: (?:pratite nas|prati nas|pridružite nam se|pronađite nas|pratite naše vijesti) (?:na|i na|u|putem) (?:našem |našoj |našim |službenom |službenoj )?+(?:facebooku|facebook|instagramu|instagram|telegramu|telegram|viberu|viber|whatsappu|whatsapp|youtubeu|youtube|tiktoku|tiktok|x-u|twitteru|google vijestima|google news|društvenim mrežama|kanalu|stranici)[^\n]{0,100}+
subscribe_channel: (?:pretplatite se|pretplati se|prijavite se|prijavi se|pridružite se|pridruži se) (?:na |u )?+(?:naš |našu |našem |našoj |besplatni |besplatnu |besplatnom |tjedni |dnevni )*+(?:kanal|kanalu|newsletter|grupu|grupi|zajednicu|zajednici|obavijesti)\b[^\n]{0,100}+
support_us: (?:podržite|podrži) (?:nas|redakciju|neovisno novinarstvo|nezavisno novinarstvo|novinarstvo|naš rad|naše novinarstvo)(?:\s*+[:!–—-]|\s++(?:s|sa|uz|kao|putem|donacijom|pretplatom|već|ovdje|sada)\b)[^\n]{0,200}+
download_app: (?:preuzmite|preuzmi|instalirajte|skinite) (?:besplatnu |našu |novu )*+(?:mobilnu )?+aplikaciju\b[^\n]{0,80}+
ctrl_enter: ^(?:(?!ctrl)[^\n]){0,120}+ctrl\s*+\+\s*+enter[^\n]{0,40}+
