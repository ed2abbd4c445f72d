# French read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:(?:[àa] )?+(?:lire|voir) (?:aussi|également)|(?:sur le même (?:sujet|thème)|dans la même rubrique|à découvrir|a découvrir|pour aller plus loin|en savoir plus|lire la suite|notre article|nos articles))\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
