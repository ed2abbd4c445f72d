# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 tuntia sitten", "5 min sitten", "tunti sitten", "eilen klo 14.32", "tänään 08:15".
ago: (?:\d{1,3}+\s++(?:sekuntia|sek\.?+|minuuttia|min\.?+|tuntia|h|t|päivää|pv\.?+|viikkoa|vk\.?+|kuukautta|kk|vuotta|v\.?+)|(?:sekunti|minuutti|tunti|päivä|viikko|kuukausi|vuosi))\s++sitten
day_time: (?:tänään|eilen|toissapäivänä)(?:,?+\s*+(?:klo\.?+|kello)?+\s*+\d{1,2}+[:.]\d\d)?+
