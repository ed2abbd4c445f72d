# Italian subscription / follow / app prompts with a variable tail; fullmatch on the whole line.
subscribe_imperative: iscriviti (?:a|al|alla|alle|ai|agli|gratis|gratuitamente|ora|subito)\b[^\n]{0,100}+
subscribe_now: abbonati (?:ora|subito|a partire da|da|per|con|a soli|a)\b[^\n]{0,100}+(?<=(?:€|euro|mese|anno|abbonati|leggere|illimitato|digitale)[.!]?+)
follow_us: seguici (?:su|sul|sui|sulla|anche su|anche sui|anche sul) [^\n]{1,100}+
join_channel: (?:unisciti al|iscriviti al|entra nel) (?:nostro )?+canale [^\n]{1,80}+
download_app: scarica (?:gratis )?+(?:l['’]|la nostra |la )app\b[^\n]{0,80}+
