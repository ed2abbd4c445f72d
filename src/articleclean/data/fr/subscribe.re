# French subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
subscribe_imperative: (?:abonnez-vous|inscrivez-vous|je m['’]abonne|s['’]abonner)\b[^\n]{0,100}+
call_to_subscribe: [^\n:]{1,60}+:\s*+(?:abonnez-vous|inscrivez-vous)\b[^\n]{0,100}+
follow_us: suivez-nous (?:sur|via|dans|aussi sur|également sur) [^\n]{1,100}+
download_app: t[ée]l[ée]charge(?:z|r) (?:gratuitement )?+(?:l['’]|notre )appli(?:cation)?+\b[^\n]{0,80}+
left_to_read: il vous reste \d{1,2}+ ?+% de cet article à lire[^\n]{0,60}+
offered_article: [^\n]{0,80}?(?:a été|est) offert par un(?:e)? abonné(?:e)?+[^\n]{0,80}+
