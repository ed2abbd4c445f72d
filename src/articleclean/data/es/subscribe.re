# Spanish subscription / follow / app prompts with a variable tail; fullmatch on the whole line.
subscribe_imperative: (?:¡\s*+)?+suscr[ií]b(?:ete|ase)\b[^\n]{0,100}+
follow_us: (?:¡\s*+)?+s[ií]guenos (?:en|a través de|también en) [^\n]{1,100}+
join_channel: [úu]nete (?:a|al) (?:nuestro )?+canal (?:de|en) [^\n]{1,80}+
download_app: descarg(?:a|ue) (?:gratis )?+(?:la|nuestra) (?:app|aplicación)\b[^\n]{0,80}+
