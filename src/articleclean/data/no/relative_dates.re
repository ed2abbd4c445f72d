# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "for 2 timer siden", "5 min. siden", "i går kl. 14.32", "i dag 08:15".
ago: (?:for\s++)?+(?:\d{1,3}+|en|ett|ei)\s++(?:sekunder|sekund|sek\.?+|minutter|minutt|min\.?+|timer|time|t\.|dager|dag|døgn|uker|uke|måneder|måned|år)\s++siden
day_time: (?:i\s*+dag|i\s*+går|i\s*+forgårs)(?:,?+\s*+(?:kl\.?+|klokken|klokka)?+\s*+\d{1,2}+[:.]\d\d)?+
