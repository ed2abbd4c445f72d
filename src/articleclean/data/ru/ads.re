# Russian ad-marking lines required by law since 2022 (ads): "Реклама. ООО «...», ИНН ..., erid: ...".
ad_marking: реклама\s*+[.,:]\s*+(?:(?!инн|erid|огрн)[^\n]){0,200}+(?:инн|erid|огрн)[^\n]{0,200}+
erid: (?:(?!erid)[^\n]){0,40}+erid\s*+[:：]?+\s*+[\w-]{4,}+[^\n]{0,80}+
