# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 uur geleden", "een dag geleden", "5 min. geleden", "3u geleden"; "Vandaag, 08:12", "gisteren om 21.30 uur".
ago: (?:\d{1,3}+|een|één|enkele|paar)\s++(?:seconden?|sec\.?+|minuten|minuut|min\.?+|uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar)\s++geleden
ago_short: \d{1,3}+\s?+(?:[smuhdw]|min|sec)\s++geleden
today_time: (?:vandaag|gisteren|eergisteren|zojuist)(?:,?+\s*+(?:om\s++)?+\d{1,2}+[:.]\d\d(?:\s++uur)?+)?+
