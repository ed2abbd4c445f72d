# Japanese copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X. ^ marks shapes that only exist as a
# whole line: it stops a search from scanning every offset. A notice ends in a polite form
# (禁じます, 禁止します, お断りします); news prose quoting one ends in した, する, だ.
mark_company: (?:©|ⓒ|\(c\)|copyright)(?:(?!株式会社|新聞|通信社|放送|テレビ|出版)[^\n]){0,80}+(?:株式会社|新聞|通信社|放送|テレビ|出版)[^\n]{0,200}+
no_reprint: ^(?:(?!無断|許可なく|許可無く)[^\n]){0,120}+(?:無断|許可なく|許可無く)(?:(?!転載|複製|転用|複写|配信)[^\n]){0,40}+(?:転載|複製|転用|複写|配信)[^\n]{0,160}+(?<=(?:禁じます|禁止します|禁止いたします|禁止です|禁止|お断りします|お断りいたします|ご遠慮ください)[。.]?+)
rights_belong: ^(?:(?!著作権)[^\n]){0,120}+著作権は(?:(?!帰属)[^\n]){0,80}+帰属(?:します|しています)[。.]?+(?:[^\n]{0,120}+(?<=(?:禁じます|禁止します|禁止|お断りします)[。.]?+))?+
