# 电头 (dateline): 新华社北京7月11日电 / 本报讯 / 人民网北京7月11日电（记者 张伟）/ 南方网讯 /
# 央视网消息. Groups: agency, place (as printed), date (月日), credit (括号里的记者署名).
dian: (?P<agency>新华社|中新社|本报|本台|本刊|本网|本報|\p{Han}{1,8}?(?:社|网|網|报|報|台|站))(?P<place>\p{Han}{2,8}?)?(?P<date>\d{1,2}\s*+月\s*+\d{1,2}\s*+日)?(?:专电|電|电|讯|訊|消息)(?=[\s(（:：]|$)[\s:：]*+(?:[(（](?P<credit>[^()（）]{2,40}+)[)）])?+[\s:：]*+
# 中央社電頭 (dateline): "（中央社記者張偉台北12日電）": the reporters' names run into the place,
# so both are one group (name_place) that the extractor splits. Groups: agency, date.
cna: [(（](?P<agency>\p{Han}{1,6}?社)(?:記者|记者)(?P<name_place>[\p{Han}、]{4,20}?)(?P<date>(?:\d{1,2}+月)?+\d{1,2}+日)(?:電|电)[)）]\s*+
# 記者署名與發稿地 (dateline): "〔記者張偉／台北報導〕", "【记者 张伟/北京报道】". Groups: credit, place.
reported_from: [〔【\[［](?P<credit>(?:記者|记者)\s*+\p{Han}[\p{Han}、\s]{1,20}?)\s*+[/／]\s*+(?P<place>\p{Han}{2,8}?)(?:報導|报道|報道|报导)[〕】\]］]\s*+
# 网站报道头 (dateline): "【环球网报道 记者 张伟】", "【中国日报网消息】": a source and its reporters, no
# place. Groups: agency, credit.
site_report: 【\s*+(?P<agency>\p{Han}{2,10}?(?:网|網|社|报|報|台))(?:报道|報導|讯|訊|消息|综合报道)(?:\s*+(?P<credit>(?:记者|記者|文)\s*+\p{Han}[\p{Han}、\s]{1,20}?))?+\s*+】\s*+
