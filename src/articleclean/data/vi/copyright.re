# Vietnamese copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
owned_by: (?:(?:©|ⓒ|\(c\)|copyright)\s*+(?:(?:19|20)\d\d(?:\s*+[-–]\s*+(?:19|20)\d\d)?+\s*+)?+)?+bản quyền (?:thuộc|thuộc về|của) [^\n]{1,200}+
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!bản quyền|bảo lưu)[^\n]){0,200}+(?:bản quyền|bảo lưu)[^\n]{0,300}+
reprint_source: (?:ghi rõ|phải ghi|cần ghi|trích dẫn) (?:rõ )?+nguồn[^\n]{0,40}? khi (?:phát hành lại|sử dụng lại|đăng lại|trích dẫn)[^\n]{0,200}+
no_copy_without: (?:cấm|nghiêm cấm|không được) (?:sao chép|sử dụng lại|đăng tải lại|phát hành lại)(?:(?!khi chưa|nếu không|nếu chưa|khi không)[^\n]){0,120}+(?:khi chưa|nếu không|nếu chưa|khi không)[^\n]{1,200}+
license_line: giấy phép (?:hoạt động |thiết lập )?+(?:báo (?:điện tử|chí)|trang thông tin điện tử|mạng xã hội)?+\s*+(?:số|:)\s*+\d[^\n]{0,200}+
responsible: (?:tổng biên tập|phó tổng biên tập|chịu trách nhiệm (?:nội dung|xuất bản|quản lý nội dung))\s*+:\s*+[^\n]{1,160}+
