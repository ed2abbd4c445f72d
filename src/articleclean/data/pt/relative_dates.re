# Dates relative to the day the page was seen (dates): removed, they set nothing.
ago: há\s++(?:\d{1,3}+|um|uma)\s++(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)
