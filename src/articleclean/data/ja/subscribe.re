# Japanese paywall / follow / app prompts with a variable part; fullmatch on the whole line.
# ^ marks shapes that only exist as a whole line: it stops a search from scanning every offset.
chars_left: ^(?:(?!残り)[^\n]){0,60}+残り\s*+[\d,]++\s*+文字(?:\s*+[（(]全文\s*+[\d,]++\s*+文字[)）])?+
follow_prompt: ^(?:(?![をで](?:フォロー|友だち追加|友達追加))[^\n]){0,60}+[をで](?:フォロー|友だち追加|友達追加)(?:する|しよう|してください|して最新情報をチェック)?+[!！。]?+
app_download: ^(?:(?!アプリ)[^\n]){0,40}+アプリ(?:(?!ダウンロード|インストール)[^\n]){0,20}+(?:ダウンロード|インストール)(?:する|はこちら|してください)?+[!！。]?+
paid_member_continue: [^\n]{0,40}?(?:有料会員|会員登録|ログイン|購読)[^\n]{0,40}?(?:続き|全文|この記事)[^\n]{0,60}+
