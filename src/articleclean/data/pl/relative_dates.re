# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 godziny temu", "godzinę temu", "wczoraj, 18:45", "dzisiaj o 10:30", "przed chwilą".
ago: (?:\d{1,3}+\s++(?:sekund[ay]?+|minut[ay]?+|godzin[ay]?+|dni|dzień|tygodni(?:e)?+|miesi(?:ące|ęcy|ąc)|lat[a]?+|rok)|sekundę|minutę|godzinę|tydzień|miesiąc|rok|dzień)\s++temu
today_time: (?:dzisiaj|dziś|wczoraj|przedwczoraj)(?:,?+\s*+(?:o\s++)?+(?:godz\.\s*+)?+\d{1,2}+:\d\d)|przed chwilą
