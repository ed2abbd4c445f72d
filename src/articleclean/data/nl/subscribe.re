# Dutch subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
subscribe_imperative: (?:word (?:nu )?+abonnee|neem (?:nu )?+een (?:digitaal )?+abonnement|abonneer (?:je |u )?+nu)(?:[\s,.:–-][^\n]{0,100}+)?+
follow_us: volg (?:ons|(?-i:\p{Lu})[\p{L}\p{N}.-]{1,30}+(?: (?-i:\p{Lu})[\p{L}\p{N}.-]{0,30}+){0,3}+)(?: nu| ook)?+ (?:op|via) (?:(?!\.\s)[^\n]){1,100}+
follow_channel: volg (?:ons|het) (?:(?!whatsapp)[^\n]){0,40}+whatsapp-?+kanaal[^\n]{0,80}+
subscribe_to: (?:meld (?:je|u)|schrijf (?:je|u)|abonneer (?:je|u)) (?:nu )?+(?:gratis )?+(?:aan |in )?+(?:voor|op) (?:(?!nieuwsbrief)[^\n]){0,40}+nieuwsbrief[^\n]{0,120}+
read_on_with: lees (?:nu )?+(?:verder|direct verder|dit artikel) met [^\n]{1,60}+
download_app: download (?:nu )?+(?:gratis )?+(?:de|onze) (?:(?!app\b)[^\n]){0,40}+app\b[^\n]{0,80}+
