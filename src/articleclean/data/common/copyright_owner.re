# The owner a copyright line names (publisher): the name after the mark and the years, up to
# a full stop, a comma, a bar or a year: "© 2024 The Example Times. All rights reserved.",
# "Copyright © 2016 Yonhap News Agency.", "© Le Courrier du Lac 2024", "© Copyright ANSA".
after_mark: (?:©|\(c\)|ⓒ|\bcopyright\b)(?:\s*+(?:©|\(c\)|ⓒ|copyright\b))*+[\s:,]*+(?:(?:19|20)\d\d(?:\s*+[-–]\s*+(?:19|20)\d\d)?+[\s,.]*+)?+(?P<owner>[\p{L}\p{N}][\p{L}\p{N}&'’!]*+(?:(?:[ \t]|\.(?=\p{L})|-)[\p{L}\p{N}&'’!]++){0,7}+)
# ... or before it, the line ending with the mark and the year: "Kestrel Valley News © 2024".
before_mark: ^(?P<owner>\p{Lu}[\p{L}\p{N}&'’!.-]*+(?:[ \t]++[\p{L}\p{N}&'’!.-]++){0,6}+)[ \t]*+(?:©|\(c\)|ⓒ)[ \t]*+(?:(?:19|20)\d\d(?:[ \t]*+[-–][ \t]*+(?:19|20)\d\d)?+)?+[ \t.]*+$
