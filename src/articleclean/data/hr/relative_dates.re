# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "prije 2 sata", "prije sat vremena", "danas u 10:30", "jučer, 18:45".
ago: prije\s++(?:(?:\d{1,3}+|oko \d{1,3}+|jedan|jednu|jedne)\s++(?:sekund[ieu]|sek\.?+|minut[aeu]?+|min\.?+|sat[ai]?+|h|dan[a]?+|tjed(?:an|na|ana)|mjesec[ai]?+|mj\.|godin[aeu])|sat vremena|minutu|dan|tjedan|mjesec|godinu)
today_time: (?:danas|jučer|prekjučer)(?:,?+\s*+(?:u\s++)?+\d{1,2}+:\d\d(?:\s*+h)?+)|upravo sada|maloprije
