# Thời gian đọc (dates): "Thời gian đọc: 3 phút", "3 phút đọc".
thoi_gian_doc: thời gian đọc\s*+:?\s*+(?:khoảng\s++)?+\d{1,3}+\s*+phút
phut_doc: \d{1,3}+\s*+phút\s++đọc
