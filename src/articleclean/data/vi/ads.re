# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:bài viết|nội dung|trang) này (?:có chứa|chứa|có) (?:các )?+(?:liên kết|link) (?:tiếp thị )?+liên kết\b[^\n]{0,240}+
