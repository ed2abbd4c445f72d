# Portuguese subscription / follow / app prompts with a variable tail; fullmatch on the whole line.
subscribe_imperative: (?:assine|inscreva-se|subscreva)\b[^\n]{0,100}+
follow_us: sig(?:a|am)(?:-nos|(?: o| a)(?:(?! n[oa]s? )[^\n]){1,40}+) n[oa]s? (?:instagram|facebook|twitter|x|whatsapp|telegram|youtube|tiktok|threads|bluesky|linkedin|kwai|google (?:notícias|news)|redes sociais|nossas redes)\b[^\n]{0,80}+
join_channel: (?:entre|participe) (?:no|do) (?:nosso )?+canal (?:do|no|de) [^\n]{1,80}+
download_app: (?:baixe|descarregue|instale) (?:já |agora )?+(?:o|a|nosso|nossa) (?:app|aplicativo|aplicação)\b[^\n]{0,80}+
