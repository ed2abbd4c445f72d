# Hungarian subscription / follow / support / app prompts with a variable tail; fullmatch on
# the whole line. (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
subscribe_imperative: (?:fizess(?:en)?+ el[oő]|fizessen most el[oő]|legy(?:[eé]l|en) (?:[oö]n is )?+el[oő]fizet[oő]nk)(?:[\s,.:–!-][^\n]{0,100}+)?+
follow_us: k[oö]vess(?:en)?+ (?:minket|benn[uü]nket)(?: (?:a|az))?+ (?:(?!\.\s)[^\n]){1,100}+
subscribe_to: (?:iratkozz(?:on)?+ fel|feliratkoz[aá]s) (?:(?:a|az|most|ingyenes)\s++)*+(?:(?!h[ií]rlev[eé]l)[^\n]){0,40}+h[ií]rlev[eé]l[^\n]{0,120}+
support_us: t[aá]moga(?:ssa|sson|ss|sd) (?:(?!munk|minket|bennünket|f[uü]ggetlen)[^\n]){0,40}+(?:munk[aá](?:nkat|j[aá]t)|minket|benn[uü]nket|a f[uü]ggetlen)[^\n]{0,120}+
download_app: (?:t[oö]ltse|t[oö]ltsd) le (?:(?:most|ingyen|ingyenesen)\s++)?+(?:az?\s++)?+(?:(?!alkalmaz[aá]s|appo?t)[^\n]){0,40}+(?:alkalmaz[aá]s[a-zá-ű]*+|appo?t)[^\n]{0,80}+
