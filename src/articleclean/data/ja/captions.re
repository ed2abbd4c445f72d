# Japanese photo caption and credit shapes (photo_captions), whole line: "写真：共同", "（写真：ロイター）",
# and captions that end in their credit after ＝ ("記者会見する首相＝1日、首相官邸、山田太郎撮影").
credit_label: [(（\[【]?+\s*+(?:写真|画像|動画|映像|図表|グラフ|イラスト|写真提供|提供写真|画像提供|撮影|資料写真|ファイル写真|出典)\s*+[:：・/／=＝]\s*+[^\n]{1,80}+
caption_credit: ^(?:(?![=＝])[^\n]){1,200}+[=＝](?:(?![=＝])[^\n]){0,80}+(?<=撮影|提供|共同|ロイター|AP|AFP|EPA|時事|代表撮影|ゲッティ|Getty Images|朝日新聞社|読売新聞社|毎日新聞社)[)）]?+
# Caption pairs: "画像提供, Getty Images" is a credit; "画像説明," (a label line) introduces the
# caption on the next line, which goes with it (caption_label: see photo_captions).
source_comma: (?:画像提供|動画提供)\s*+[,、，]\s*+[^\n]{1,60}+
caption_label: (?:画像|動画|写真)説明\s*+[,、，:：]?+
