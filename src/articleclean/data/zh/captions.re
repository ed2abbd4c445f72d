# 图片说明与来源形状 (photo_captions)。
source_label: [(（]?+\s*+(?:图片来源|图片来自|图片|图|圖片來源|圖片|圖|照片|摄影|攝影|供图|供圖|视觉中国|視覺中國)\s*+[:：/]\s*+[^\n]{1,60}?[)）]?+
photographer: (?=[^\n]*+(?<=[摄攝]影?\s*+[)）]?+)$)[^\n]{0,400}?(?:(?<=[\s（(])|(?<=记者|記者|通讯员|通訊員|摄影师|攝影師)|^)(?:(?![摄攝])[\p{Han}·]){2,4}+\s*+(?:摄影|攝影|摄|攝)\s*+[)）]?+
photo_credit_bracket: [^\n]{0,400}?[(（【\[]\s*+(?:图|圖|图片|圖片|照片)\s*+[/／:：]\s*+[^\n)）】\]]{1,40}+[)）】\]]
archive_photo: [(（]?+\s*+(?:资料图|资料图片|資料圖|資料圖片|网络配图|網路配圖|配图|配圖)\s*+[)）]?+[^\n]{0,40}+
tuwei: (?:图为|圖為|上图|下图|左图|右图|上圖|下圖)[：:]?+[^\n]{2,120}+
# Caption pairs: "图片来源，Getty Images" is a credit; "图片说明，" (a label line) introduces the
# caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:图片|视频|圖片|視頻|影片)(?:来源|來源)\s*+[,，]\s*+[^\n]{1,60}+
caption_label: (?:图片|视频|圖片|視頻|影片)(?:说明|說明)\s*+[,，:：]?+
