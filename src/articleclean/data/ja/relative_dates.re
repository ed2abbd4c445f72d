# 年のない日付 (dates): "7/12(火) 8:00配信", "最終更新:7/12(火) 10:05": month and day without the year,
# so no date can be stated; the line is removed as a credit. "3時間前", "昨日 8:00".
month_day_time: (?:最終更新\s*+[:：]?\s*+)?+\d{1,2}+/\d{1,2}+\s*+[(（][月火水木金土日][)）]\s*+\d{1,2}+:\d\d\s*+(?:配信|更新)?+
ago: \d{1,3}+\s*+(?:秒|分|時間|日|週間|か月|ヶ月|年)前
day_time: (?:今日|昨日|一昨日)\s*+(?:\d{1,2}+:\d\d)?+
