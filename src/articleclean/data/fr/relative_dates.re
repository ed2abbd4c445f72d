# Dates relative to the day the page was seen (dates): removed, they set nothing.
ago: il y a\s++(?:\d{1,3}+|une?)\s++(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)
