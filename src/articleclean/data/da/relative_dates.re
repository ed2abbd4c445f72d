# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "for 2 timer siden", "3 min. siden", "i går kl. 14.32", "i dag 08:15".
ago: (?:for\s++)?+(?:\d{1,3}+|en|et)\s++(?:sekunder|sekund|sek\.?+|minutter|minut|min\.?+|timer|time|t\.|dage|dag|uger|uge|måneder|måned|år)\s++siden
day_time: (?:i\s*+dag|i\s*+går|i\s*+forgårs|i\s*+forgår)(?:,?+\s*+(?:kl\.?+|klokken)?+\s*+\d{1,2}+[:.]\d\d)?+
