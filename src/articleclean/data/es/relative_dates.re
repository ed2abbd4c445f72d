# Dates relative to the day the page was seen (dates): removed, they set nothing.
ago: hace\s++(?:\d{1,3}+|un|una)\s++(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)
