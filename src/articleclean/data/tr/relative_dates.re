# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 saat önce", "bir gün önce", "az önce", "dün 14:30", "bugün 08:15".
ago: (?:\d{1,3}+|bir)\s++(?:saniye|sn|dakika|dk|saat|sa|gün|hafta|ay|yıl)\.?+\s++önce
just_now: (?:az önce|şimdi|biraz önce|şu an)
today_time: (?:bugün|dün)(?:,?+\s*+(?:saat\s++)?+\d{1,2}+[:.]\d\d)?+
