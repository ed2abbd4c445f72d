# Shapes of Polish media names not in sources.txt (source, byline, publisher): a press noun
# and the capitalised words of the title ("Kurier Lubelski", "Dziennik Bałtycki", "Głos Wielkopolski").
press_title: (?-i:(?:Gazeta|Dziennik|Kurier|Tygodnik|Głos|Nowiny|Przegląd|Telewizja)(?:\s++\p{Lu}[\p{Ll}-]*+){1,3}+)
