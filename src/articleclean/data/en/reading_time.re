# Reading-time notes beside a date or alone in the header (dates): "3 min read", "4 Min Read",
# "Reading time: 5 minutes". Matched against the whole note.
min_read: \d{1,3}+\s*+(?:min|mins|minutes?)\.?+\s++read
reading_time: (?:estimated\s++)?+(?:reading|read)\s++time\s*+:?\s*+\d{1,3}+\s*+(?:min|mins|minutes?)\.?+
