# Hebrew copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!הזכויות|זכויות)[^\n]){0,200}+(?:כל )?+(?:הזכויות|זכויות)(?:(?!שמורות)[^\n]){0,40}+שמורות[^\n]{0,300}+
reserved_for: (?:כל )?+(?:הזכויות|זכויות היוצרים) שמורות[^\n]{1,300}+
no_copying: אין (?:להעתיק|לשכפל)(?:(?!ללא|בלי|אלא)[^\n]){0,200}+(?:ללא|בלי|אלא)[^\n]{0,300}+
