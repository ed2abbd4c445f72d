# Romanian copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!drepturi)[^\n]){0,200}+drepturi(?:le)?+ (?:sunt )?+rezervate[^\n]{0,300}+
reserved_then: (?:toate )?+drepturile (?:sunt )?+rezervate[.,;:–|-]\s*+[^\n]{1,300}+
# Reprint terms speak of the site's content ("integrală sau parțială", "a materialelor"), so
# "preluarea puterii este interzisă" is prose.
reproduction_forbidden: (?:este )?+(?:interzisă|interzisa) (?:reproducerea|preluarea|copierea|republicarea) (?=[^\n]{0,40}?(?:integral|parțial|parţial|partial|conținut|conţinut|continut|material|articol|informați|informaţi|informati|text|fotografi|știri|ştiri|stiri|imagin))(?:(?!fără|fara)[^\n]){0,160}+(?:fără|fara)[^\n]{0,300}+
taking_over_only: (?:reproducerea|preluarea|copierea|republicarea) (?=[^\n]{0,40}?(?:integral|parțial|parţial|partial|conținut|conţinut|continut|material|articol|informați|informaţi|informati|text|fotografi|știri|ştiri|stiri|imagin))(?:(?!permis|interzis)[^\n]){0,160}+(?:permis|interzis)[^\n]{0,300}+
law_8_1996: (?:(?!protejat|incidența|incidenţa|incidenta)[^\n]){0,200}+(?:protejat|incidența|incidenţa|incidenta)[^\n]{0,80}?legea (?:nr\.\s?+)?+8/1996[^\n]{0,300}+
