# Dates relative to the day the page was seen (dates): removed, they set nothing.
ago: (?:\d{1,3}+|un|una)\s++(?:secondi?|minuti?|ore|ora|giorni?|settimane?|mesi|mese|anni?)\s++fa
