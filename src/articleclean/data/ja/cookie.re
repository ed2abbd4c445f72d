# Japanese cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
# ^ marks a shape that only exists as a whole line; a banner ends in a polite form (ます, ください).
site_uses: (?:当|本|この)(?:ウェブ|web)?+サイト(?:では|は)(?:(?!cookie|クッキー)[^\n]){0,120}+(?:cookie|クッキー)[^\n]{0,600}+(?<=(?:ます|ください|ません)[。.]?+)
we_use: ^(?:(?!cookie|クッキー)[^\n]){0,80}+(?:cookie|クッキー)(?:(?!使用|利用|用い)[^\n]){0,30}+(?:使用|利用|用い)[^\n]{0,600}+(?<=(?:ます|ください|ません)[。.]?+)
