# Turkish subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: (?=[^\n]{0,80}?(?:bizi|google|news|haberler'?[dt]e|x'te|twitter|instagram|facebook|youtube|telegram|whatsapp|sosyal medya))(?:(?!takip ed)[^\n]){0,80}+takip ed(?:in|ebilirsiniz)\b[^\n]{0,100}+
join_channel: [^\n]{0,60}?(?:whatsapp|telegram|youtube|instagram) kanalımıza (?:katılın|abone olun|katılmak için tıklayın)[^\n]{0,100}+
subscribe_to: (?:[^\n]{1,60}? )?(?:bültenine|bültenimize|e-bültenimize|e-bültene|bültene) (?:ücretsiz )?+(?:abone olun|abone ol|kaydolun|üye olun)[^\n]{0,100}+
download_app: (?:(?!uygulama)[^\n]){0,40}+uygulama(?:mızı|sını|yı)(?: ücretsiz)?+ (?:hemen )?+indir(?:in)?+[^\n]{0,80}+
paywall_read_on: (?:haberin |yazının )?+devamını okumak için (?:abone olun|giriş yapın|üye olun)[^\n]{0,100}+
