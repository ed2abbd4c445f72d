# Vietnamese subscription / follow / app / hotline prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: (?:mời (?:bạn|quý vị|độc giả|bạn đọc) )?+theo dõi (?:(?:chúng tôi|báo [^\n]{1,40}?|kênh [^\n]{1,40}?|fanpage [^\n]{1,40}?) )?(?:trên|tại|qua) (?:google news|facebook|youtube|zalo|tiktok|kênh|fanpage|trang)[^\n]{0,120}+
download_app: tải (?:ngay )?+(?:ứng dụng|app)\b[^\n]{0,120}+
subscribe_to: đăng ký (?:nhận )?+(?:bản tin|tin|newsletter)\b[^\n]{0,120}+
hotline: (?:đường dây nóng|hotline)\s*+:?\s*+\d[\d\s.]{5,20}+[^\n]{0,120}+
send_tips: (?:gửi|cung cấp) (?:tin bài|thông tin|bài viết|phản ánh)(?:(?!(?:cho|về|tới|đến) (?:chúng tôi|báo|tòa soạn|email|địa chỉ))[^\n]){0,60}+(?:cho|về|tới|đến) (?:chúng tôi|báo|tòa soạn|email|địa chỉ)[^\n]{0,160}+
