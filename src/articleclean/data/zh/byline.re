# 署名标签前的单位 (byline, editors): what may stand right before a 记者/编辑 label, matched
# against the whole text before it: "光明日报记者 王建宏", "本报驻京记者 张伟", "（松花江网编辑 孙桂芳）".
affiliation: (?:本报|本刊|本台|本网|本報|\p{Han}{2,12}?(?:日报|晚报|早报|时报|日報|晚報|報|报|网|網|社|台|刊|杂志|雜誌|客户端|新闻|新聞))?(?:(?:驻|駐)\p{Han}{1,6}?)?(?:特约|实习|见习|首席|特約|實習)?
# Labels that may stand right against the name, with no space or colon: "记者惠禾".
attached: .{0,8}?(?:记者|記者|通讯员|通訊員)
# 姓名后缀"报道" (byline): "王芳 报道", "记者 王芳 李明 报道" — the names before it are the authors.
reported: (?:(?:记者|記者)\s*+)?+(?P<names>\p{Han}{2,4}+(?:[\s、，]++\p{Han}{2,4}+){0,3}?)\s++(?:报道|報導|报导)
# 公众号文章头 (byline): "原创 李明 江城观察 2019-05-12": the "original" mark, the author and the
# account that published it, before the date.
original: 原创\s++(?P<names>\p{Han}{2,4}+(?:[\s、]++\p{Han}{2,4}+){0,2}?)\s++(?P<account>[^\s\d]{2,20}+)
