# Shapes of Croatian media names not in sources.txt (source, byline, publisher): an adjective of
# a region or town and a press noun in lower case ("Zadarski list", "Međimurske novine").
press_title: (?-i:\p{Lu}\p{Ll}++(?<=[ie])\s++(?:list|novine|tjednik|vjesnik|glasnik|dnevnik))
