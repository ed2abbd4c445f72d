# 媒体名的形状 (source, byline): a value that ends like a publisher is a source even when it is
# not in sources.txt: 巴彦淖尔日报, 河南日报客户端, 金羊网—新快报, and portals' channels: 腾讯体育.
media: (?:\p{Han}{1,16}?(?:日报|晚报|早报|时报|商报|周报|周刊|月刊|杂志|日報|晚報|時報|週刊|雜誌|报|報|网站|網站|网|網|通讯社|社|电视台|電視台|广播电台|电台|台|频道|頻道|客户端|新闻|新聞|在线|在線|出版社|体育|體育|财经|財經|科技)(?:\s*+[—–-]{1,2}+\s*+)?){1,3}
