# Finnish subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: seuraa meitä (?:myös )?+(?-i:\p{Lu})[^\n]{1,100}+
subscribe_offer: (?:tilaa|ryhdy tilaajaksi|tule tilaajaksi|kokeile|lue kaikki)\b[^\n]{0,60}?\b\d++(?:,\d\d)?+\s*+(?:€|euroa|euron|eur)(?!\w)[^\n]{0,80}+
download_app: (?:lataa|hanki) (?:(?!sovellu)[^\n]){0,40}+sovellu(?:s|ksemme|ksen|kset)\b[^\n]{0,80}+
sign_up_newsletter: (?:tilaa|liity) (?:(?!uutiskirje)[^\n]){0,40}+uutiskirje\p{L}*+\b[^\n]{0,120}+
