# Korean tip-line / portal-subscribe / reporter-follow prompts; fullmatch on the whole line.
# ^ marks shapes that only exist as a whole line: it stops a search from scanning every offset.
tip_line: [▶▷■□◆◇☞※]?+\s*+(?:기사\s?+)?+제보(?:는|하기)?+\s*+[:：]?+\s*+(?:카카오톡|이메일|메일|전화|홈페이지|[\w.-]++@|\d)[^\n]{0,120}+
tip_contact: [▶▷■☞※]\s*+(?:카카오톡|이메일|전화|홈페이지|유튜브|인스타그램)\s*+[:：](?:(?!제보)[^\n]){0,60}+제보[^\n]{0,80}+
portal_subscribe: [▶▷■☞※]?+\s*+(?:네이버|다음|카카오)(?:\s?+메인)?+에서(?:(?!구독)[^\n]){0,40}+구독(?:하세요|하기|해\s?+주세요)[!.]?+
reporter_subscribe: ^(?:(?!기자)[^\n]){1,20}+기자\s?+(?:구독|구독하기|팔로우)
