# Dates relative to the day the page was seen (dates): removed, they set nothing.
ago: vor\s++(?:\d{1,3}+|einer?|einem)\s++(?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)
