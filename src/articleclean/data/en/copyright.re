# Copyright and reprint shapes (copyright_notices), matched against the whole line.
copyright_owner: (?:copyright\s*+)?+(?:©|\(c\)|copyright)\s*+(?:\d{4}+(?:\s*+[-–—]\s*+\d{4}+)?+)?+[,.]?+\s*+[^\n]{0,120}?(?:all rights reserved\.?+|rights reserved\.?+|\.|)
rights_reserved: [^\n]{0,120}?all rights reserved\.?+(?:[^\n]{0,160}?)
no_reproduction: (?:this (?:material|article|content|story) )?+(?:may not|must not|cannot) be (?:published|reproduced|republished|copied|redistributed)[^\n]{0,200}+
reprint_permission: (?:for )?+(?:reprint|reprints|republishing|syndication) (?:rights|permissions?|requests?|inquiries)[^\n]{0,160}+
