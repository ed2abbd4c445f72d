# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "před 2 hodinami", "před hodinou", "včera 18:45", "dnes v 10:30", "právě teď".
ago: před\s++(?:\d{1,3}+\s++)?+(?:sekundou|sekundami|minutou|minutami|hodinou|hodinami|dnem|dny|týdnem|týdny|měsícem|měsíci|rokem|lety)
today_time: (?:dnes|dneska|včera|předevčírem)(?:,?+\s*+(?:ve?\s++)?+\d{1,2}+:\d\d)|právě teď
