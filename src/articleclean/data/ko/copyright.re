# Korean copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X. ^ marks shapes that only exist as a
# whole line: it stops a search from scanning every offset. A notice ends in 금지 (news prose
# continues: "금지하는 법안이 ...").
rights_holder: [<〈《(\[]?+\s*+저작권자\s*+(?:[(\[]?+(?:©|ⓒ|c)[)\]]?+|[:：])[^\n]{0,200}+
mark_media: (?:©|ⓒ|\(c\)|copyright)(?:(?!무단|재배포|전재)[^\n]){0,120}+(?:무단|재배포|전재)[^\n]{0,200}+
no_reprint: ^(?:(?!무단)[^\n]){0,100}+무단\s?+(?:전재|복제|도용|배포)(?:(?!금지)[^\n]){0,100}+금지[>)〉》\].]?+
