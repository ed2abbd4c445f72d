# Italian read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:(?:leggi|guarda|vedi) (?:anche|pure|altro)|(?:potrebbe interessarti(?: anche)?+|ti potrebbe interessare|articoli correlati|notizie correlate|approfondisci|per approfondire|da non perdere|scopri di più))\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
