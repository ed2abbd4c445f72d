# Polish subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: (?:obserwuj|śledź|polub) (?:nas|nasz profil|nasz kanał|naszą stronę) (?:na|w|też na|również na|także na) [^\n]{1,100}+
subscribe_to: (?:zapisz się|zasubskrybuj|zamów) (?:do |na )?+(?:nasz |naszego |bezpłatny |darmowy )?+newslett(?:er|era)\b[^\n]{0,120}+
buy_subscription: (?:wykup|kup|zamów|wybierz) (?:subskrypcję|prenumeratę|dostęp|pakiet)\b[^\n]{0,120}+
download_app: pobierz (?:bezpłatną |darmową )?+(?:naszą |nową )?+aplikacj[ęi]\b[^\n]{0,80}+
join_channel: dołącz do (?:nas na |naszego kanału|naszej grupy|kanału)[^\n]{0,100}+
