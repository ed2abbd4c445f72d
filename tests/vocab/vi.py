"""Vietnamese (vi) samples for tests/test_vocab_languages.py."""

LANG = "vi"

# (lang, family, line): the line as it stands alone on a page.
PHRASES = [
    ("vi", "share", "Chia sẻ bài viết"),
    ("vi", "share", "Chia sẻ qua Zalo"),
    ("vi", "share", "Đã sao chép liên kết"),
    ("vi", "print", "In bài viết"),
    ("vi", "print", "Nghe đọc bài viết"),
    ("vi", "fontsize", "Cỡ chữ A- A+"),
    ("vi", "counters", "lượt xem"),
    ("vi", "related", "Tin liên quan"),
    ("vi", "related", "Đọc nhiều nhất"),
    ("vi", "related", "Có thể bạn quan tâm"),
    ("vi", "copyright", "Mọi quyền được bảo lưu."),
    ("vi", "copyright", "Nghiêm cấm sao chép dưới mọi hình thức"),
    ("vi", "comments", "Ý kiến bạn đọc"),
    ("vi", "comments", "Gửi bình luận"),
    ("vi", "ads", "Quảng cáo"),
    ("vi", "ads", "Nội dung được tài trợ"),
    ("vi", "subscribe", "Đăng ký nhận bản tin"),
    ("vi", "subscribe", "Đăng nhập / Đăng ký"),
    ("vi", "cookie", "Chấp nhận tất cả"),
    ("vi", "nav", "Trang chủ"),
    ("vi", "nav", "Thời sự"),
    ("vi", "tags", "Từ khóa:"),
    ("vi", "tags", "Chủ đề"),
    ("vi", "pagination", "Trang sau"),
    ("vi", "captions", "Ảnh minh họa"),
]

# (lang, family, pattern name, line): every pattern of vi needs at least one sample.
SHAPES = [
    ("vi", "related", "read_more_link", "Xem thêm: Giá xăng giảm lần thứ ba liên tiếp"),
    ("vi", "related", "read_more_link", "ĐỌC THÊM | Hà Nội thí điểm xe buýt điện"),
    ("vi", "related", "mark_link", ">> Xem thêm: Giá xăng giảm lần thứ ba liên tiếp"),
    (
        "vi",
        "copyright",
        "owned_by",
        "© 2016 Bản quyền thuộc về Báo Sông Hồng. Cấm sao chép dưới mọi hình thức.",
    ),
    ("vi", "copyright", "owned_by", "Bản quyền thuộc Báo điện tử Sông Hồng"),
    (
        "vi",
        "copyright",
        "mark_reserved",
        "Copyright © 2016 Sông Hồng Online. Giữ bản quyền nội dung.",
    ),
    (
        "vi",
        "copyright",
        "reprint_source",
        'Ghi rõ nguồn "Báo Sông Hồng" khi phát hành lại thông tin từ website này.',
    ),
    (
        "vi",
        "copyright",
        "no_copy_without",
        "Không được sao chép hoặc sử dụng lại nội dung khi chưa có sự đồng ý bằng văn bản của tòa soạn.",
    ),
    (
        "vi",
        "copyright",
        "license_line",
        "Giấy phép hoạt động báo điện tử số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/07/2016.",
    ),
    ("vi", "copyright", "responsible", "Tổng biên tập: Trần Văn Minh"),
    ("vi", "copyright", "responsible", "Chịu trách nhiệm nội dung: Phó Tổng biên tập Lê Thị Hoa"),
    (
        "vi",
        "copyright_owner",
        "owned_by",
        "© Bản quyền thuộc về Báo Sông Hồng. Cấm sao chép dưới mọi hình thức.",
    ),
    ("vi", "comments", "n_comments", "12 bình luận"),
    ("vi", "comments", "comments_n", "Ý kiến (12)"),
    ("vi", "comments", "comments_n", "Bình luận (3)"),
    (
        "vi",
        "ads",
        "affiliate_disclosure",
        "Bài viết này có chứa liên kết tiếp thị liên kết, chúng tôi có thể nhận hoa hồng.",
    ),
    ("vi", "subscribe", "follow_us", "Theo dõi chúng tôi trên Google News"),
    ("vi", "subscribe", "follow_us", "Mời bạn theo dõi Báo Sông Hồng trên YouTube"),
    ("vi", "subscribe", "download_app", "Tải ứng dụng Sông Hồng cho iOS và Android"),
    ("vi", "subscribe", "subscribe_to", "Đăng ký nhận bản tin mỗi sáng qua email"),
    ("vi", "subscribe", "hotline", "Đường dây nóng: 0912 345 678"),
    (
        "vi",
        "subscribe",
        "send_tips",
        "Gửi thông tin, phản ánh về cho chúng tôi qua email toasoan@songhong.vn",
    ),
    (
        "vi",
        "cookie",
        "we_use",
        "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.",
    ),
    (
        "vi",
        "cookie",
        "site_uses",
        "Trang web này sử dụng cookie nhằm cá nhân hóa nội dung và quảng cáo.",
    ),
    (
        "vi",
        "cookie",
        "by_continuing",
        "Bằng việc tiếp tục sử dụng trang web, bạn đồng ý với chính sách cookie của chúng tôi.",
    ),
    (
        "vi",
        "cookie",
        "by_clicking",
        "Bằng cách nhấn Chấp nhận, bạn cho phép chúng tôi lưu cookie trên thiết bị.",
    ),
    ("vi", "captions", "credit_label", "Ảnh: TTXVN"),
    ("vi", "captions", "credit_label", "Ảnh minh họa: Internet"),
    (
        "vi",
        "captions",
        "caption_credit",
        "Người dân đi bộ trên phố Tràng Tiền, Hà Nội. Ảnh: Giang Huy",
    ),
    ("vi", "captions", "caption_credit", "Quang cảnh hội nghị sáng 12/7 (Ảnh: TTXVN)"),
    ("vi", "captions", "photo_by", "Ảnh của Hoàng Long"),
    ("vi", "relative_dates", "ago", "2 giờ trước"),
    ("vi", "relative_dates", "ago", "5 phút trước"),
    ("vi", "relative_dates", "just_now", "Vừa xong"),
    ("vi", "reading_time", "thoi_gian_doc", "Thời gian đọc: 3 phút"),
    ("vi", "reading_time", "phut_doc", "4 phút đọc"),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("vi", "Chia sẻ | In bài viết | Gửi email | 12 bình luận"),
    ("vi", "Cỡ chữ A A A Lưu bài viết"),
    ("vi", "Chia sẻ Facebook Zalo Sao chép liên kết 1.234 lượt xem"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("vi", "Ông đã chia sẻ bản báo cáo với các đồng nghiệp trong cuộc họp hôm thứ Ba."),
    ("vi", "Bình luận của bộ trưởng đã gây ra nhiều tranh cãi tại Quốc hội."),
    ("vi", "Người dân cần in tờ khai, ký tên và gửi lại trước thứ Sáu."),
    ("vi", "Bản quyền bài hát được bảo hộ từ năm 1998, luật sư của nhạc sĩ cho biết."),
    ("vi", "Số người đăng ký dịch vụ truyền hình trả tiền tăng 12% trong quý hai."),
    ("vi", "Chúng tôi sử dụng số liệu của Tổng cục Thống kê, người phát ngôn nói."),
    ("vi", "Tiệm bánh bán bánh cookie sô-cô-la luôn hết hàng trước buổi trưa."),
    ("vi", "Ảnh hưởng của cơn bão khiến nhiều tuyến đường bị ngập sâu."),
    ("vi", "Ông nói về bức ảnh: đó là kỷ niệm đẹp nhất của gia đình."),
]
