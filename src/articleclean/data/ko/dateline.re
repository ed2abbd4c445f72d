# 통신사 크레디트 (dateline): "(서울=연합뉴스) 김수연 기자 =". Groups: place, agency, credit.
agency: [(（](?P<place>\p{Hangul}{1,8}+)=(?P<agency>\p{Hangul}{2,10}+)[)）]\s*+(?:(?P<credit>[\p{Hangul}·\s]{2,30}?기자)\s*+=\s*+)?+
