# BBS 帖子的信头与信尾 (bbs_header): the post's own metadata, never body. The name says what the
# line gives: poster (the poster is not the article's author), station (the posting time: a
# "date" group), repost (the repost banner), origin (the station's closing lines).
# "发信人: jiangcheng (江城老马), 信区: CityNews"
poster: (?:发信人|發信人)\s*+[:：]\s*+[\w.-]{1,24}+\s*+(?:[(（][^()（）]{0,30}+[)）])?+\s*+(?:[,，]\s*+(?:信区|信區|看板|版面)\s*+[:：]\s*+\S{1,30}+)?+
# PTT: "作者newsfan (新聞迷)看板Gossiping", "作者: newsfan (新聞迷) 看板: Gossiping"
ptt_poster: 作者\s*+[:：]?\s*+[\w.-]{1,24}+\s*+[(（][^()（）]{0,30}+[)）]\s*+看板\s*+[:：]?\s*+\S{1,30}+
# "发信站: 水木社区 (Tue Jul 12 08:00:00 2016), 站内"
station: (?:发信站|發信站)\s*+[:：]\s*+[^()（）]{1,30}?\s*+[(（](?P<date>[^()（）]{8,40}+)[)）](?:\s*+[,，]\s*+\S{1,12}+)?+
# "【 以下文字转载自 News 讨论区 】"
repost: 【\s*+以下文字(?:转载|轉載)自\s*+[^【】]{1,40}+】
# "※ 来源:·水木社区 newsmth.net·[FROM: 202.112.*.*]", "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4",
# "※ 文章網址: https://...", "※ 修改:·jiangcheng 于 Jul 12 09:00:00 2016 修改本文"
origin: ※\s*+(?:来源|來源|发信站|發信站|修改|编辑|編輯|文章网址|文章網址)\s*+[:：].{0,200}+
