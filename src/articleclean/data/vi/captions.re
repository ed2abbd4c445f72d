# Vietnamese photo caption and credit shapes (photo_captions), whole line: "Ảnh: TTXVN", "Ảnh minh họa: Internet".
credit_label: [(\[]?+\s*+(?:ảnh|hình|hình ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh chụp màn hình|nguồn ảnh|đồ họa|đồ hoạ|minh họa|minh hoạ|video|clip)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
# A caption that ends with its credit, as Vietnamese sites print them under a photo:
# "Người dân đi bộ trên phố Tràng Tiền. Ảnh: Giang Huy", "Quang cảnh hội nghị (Ảnh: TTXVN)".
caption_credit: (?:(?!(?:ảnh|hình|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)\s*+:)[^\n]){10,300}+(?<=[.!?…"”(\[]|[.!?…"”]\s)(?:ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|nguồn ảnh|ảnh|hình)\s*+:\s*+(?-i:\p{Lu})[^\n()\[\]:!?]{0,60}+[)\]]?+
photo_by: (?:ảnh|video|clip) (?:của|do) (?-i:\p{Lu})[^\n]{1,120}+
