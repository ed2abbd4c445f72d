# Vrijeme čitanja (dates): "Vrijeme čitanja: 4 min", "4 min čitanja", "Čitanje: 3 minute".
vrijeme_citanja: (?:vrijeme čitanja|čitanje)\s*+:?\s*+(?:~\s*+|oko\s++)?+\d{1,3}+\s*+(?:min\.?+|minut[aeu]?+)
min_citanja: \d{1,3}+\s*+(?:min\.?+|minut[aeu]?+)\s++(?:čitanja|za čitanje)
