# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 giờ trước", "5 phút trước", "3 ngày trước", "vừa xong".
ago: (?:\d{1,3}+|một)\s++(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s++(?:trước|qua)
just_now: vừa xong|vừa mới đăng|mới đây
