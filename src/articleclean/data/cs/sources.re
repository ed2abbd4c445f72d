# Shapes of Czech media names not in sources.txt (source, byline, publisher): an adjective of
# a region or town and a press noun in lower case ("Plzeňský deník", "Jihlavské listy").
press_title: (?-i:\p{Lu}\p{Ll}++(?<=[ýáéí])\s++(?:deník|večerník|týdeník|noviny|listy|zpravodaj|měsíčník))
