# Vietnamese cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: chúng tôi sử dụng(?:(?!cookie)[^\n]){0,30}+cookies?\b[^\n]{0,800}+
site_uses: (?:trang web|website|trang|trang thông tin) (?:này|của chúng tôi) sử dụng cookies?\b[^\n]{0,800}+
by_continuing: (?:bằng (?:cách|việc) )?+tiếp tục (?:sử dụng|truy cập|duyệt)(?:(?!cookie|đồng ý|chấp nhận)[^\n]){0,120}+(?:cookie|đồng ý|chấp nhận)[^\n]{0,600}+
by_clicking: (?:bằng (?:cách|việc) )?+(?:nhấn|nhấp|bấm|chọn)(?:(?!đồng ý|chấp nhận)[^\n]){0,80}+(?:đồng ý|chấp nhận)(?:(?!cookie)[^\n]){0,200}+cookie[^\n]{0,400}+
