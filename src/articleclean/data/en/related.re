# Shapes of related-list headings and read-more lines (related_lists).
more_from: (?:more|latest|top stories|news) (?:from|in|on|about) [\p{L}\p{N}&.'’ -]{2,40}+
read_more_link: (?:read more|related|see also|also read|read also|recommended|must read)\s*+[:：|>»]\s*+\S[^\n]{0,200}+
next_up_in: next up in(?: [\p{L}&' -]{2,40}+)?+
most_in: most (?:viewed|read|popular|shared|commented|emailed|watched)(?: stories| articles| news| videos)?+(?: in| this| on| of| from)?+[^\n]{0,30}+
link_line: (?:link|source link|original|original article|url|permalink)\s*+:\s*+(?:https?://|www\.)\S++
