# Romanian subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: (?:urmărește|urmăreşte|urmareste|urmăriți|urmăriţi|urmariti)-ne (?:și |şi |si )?+(?:pe|în|in) [^\n]{1,100}+
subscribe_imperative: (?:abonează-te|abonaţi-vă|abonați-vă|aboneaza-te|abonati-va) (?:la|acum|gratuit|pentru)\b[^\n]{0,100}+
join_channel: (?:intră|intra|alătură-te|alatura-te|intrați|intraţi) (?:și |şi |si )?+(?:pe|în|in|la) (?:canalul|comunitatea|grupul) (?:nostru |noastră )?+(?:de )?+(?:whatsapp|telegram|youtube|facebook|instagram)[^\n]{0,100}+
download_app: (?:descarcă|descarca|descărcați|descarcati) (?:gratuit )?+aplicația(?:(?!\n)[^\n]){0,80}+
support_us: (?:susține|susţine|sustine|sprijină|sprijina)(?:-ne| jurnalismul| presa)[^\n]{0,120}+
