# Korean photo caption and credit shapes (photo_captions), whole line: "사진=연합뉴스", "[사진 제공=…]",
# captions ending in their credit ("… 모습. /사진=뉴스1") and "[연합뉴스 자료사진]".
credit_label: [(\[［【]?+\s*+(?:사진|사진 제공|사진제공|사진출처|사진 출처|이미지|이미지 출처|그래픽|영상|자료사진|일러스트|캡처|화면 캡처|화면캡처|촬영)\s*+[=:：/]\s*+[^\n]{1,80}+
caption_credit: ^(?:(?![/\[(]\s*+사진\s*+=)[^\n]){1,300}+[/\[(]\s*+사진\s*+=\s*+[^\n\])]{1,60}+[\])]?+
archive_photo: [(\[［]?+\s*+(?:[\p{L}\p{N}]++\s++)?+자료\s?+사진\s*+[)\]］]?+
