# German subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: folgen sie uns (?:auf|bei|in|auch auf|auch bei) [^\n]{1,100}+
read_on_with: (?:jetzt )?+weiterlesen mit [^\n]{1,60}+
subscribe_to: (?:jetzt )?+(?:den |unseren )?+\b[\w.+-]{0,40}+(?<=newsletter) (?:kostenlos )?+(?:abonnieren|bestellen)
download_app: (?:laden sie|lade dir|holen sie sich) (?:jetzt )?+(?:die|unsere) (?:(?!app\b)[^\n]){0,40}+app(?: kostenlos)?+(?: herunter)?+
