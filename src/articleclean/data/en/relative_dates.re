# Dates printed relative to the day the page was seen (dates): the line is a date credit, but
# the date cannot be known, so it is removed and sets nothing. "Today 12:01 AM", "2 days ago".
# Without "ago" the unit is in lower case ("2 days"): "60 Minutes", "48 Hours" are shows.
today_time: (?:today|yesterday|just now)(?:,?+\s*+(?:at\s++)?+\d{1,2}+:\d\d(?:\s*+[ap]\.?+m\.?+)?+)?+
ago: (?:an?|\d{1,3}+)\s++(?:(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s++ago|(?-i:(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)))
# "32M ago", "3h ago", "2d ago": the compact age of a teaser in a feed (minutes, hours, days)
ago_short: \d{1,3}+\s?+(?:[smhdwy]|hr|min)\s++ago
