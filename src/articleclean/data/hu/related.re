# Hungarian read-more lines (related_lists): a label, a separator, then the linked headline:
# "Kapcsolódó: ...", "Ezt is ajánljuk: ...", "OLVASSA EL EZT IS | ...".
read_more_link: (?:ezt is aj[aá]nljuk|aj[aá]nljuk|kapcsol[oó]d[oó](?: cikk(?:ek|[uü]nk)?+| h[ií]r(?:ek)?+)?+|olvasd el ezt is|olvassa el ezt is|ezt is olvasd el|ezt is olvassa el|ez is [eé]rdekelheti|ez is [eé]rdekelhet|b[oő]vebben|tov[aá]bbi r[eé]szletek|m[eé]g t[oö]bb)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
