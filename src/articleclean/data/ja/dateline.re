# 通信社のクレジット (dateline): 【ワシントン共同】, 【北京時事】. Groups: place, agency.
agency: 【(?P<place>[^【】\s]{1,12}?)(?P<agency>共同|時事)】\s*+
