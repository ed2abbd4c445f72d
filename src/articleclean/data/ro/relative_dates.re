# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "acum 2 ore", "acum o zi", "acum câteva minute", "azi, 14:30", "ieri 08:15".
ago: acum\s++(?:\d{1,3}+|o|un|câteva|cateva)\s++(?:de\s++)?+(?:secunde?|minute?|minut|ore|oră|ora|zile|zi|săptămâni|săptămână|saptamani|saptamana|luni|lună|luna|ani|an)
just_now: (?:chiar acum|acum câteva clipe|acum cateva clipe|adineauri)
today_time: (?:azi|astăzi|astazi|ieri)(?:,?+\s*+(?:la\s++)?+(?:ora\s++)?+\d{1,2}+:\d\d)?+
