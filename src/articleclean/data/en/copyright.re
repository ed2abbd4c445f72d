# Copyright and reprint shapes (copyright_notices), matched against the whole line.
copyright_owner: (?:copyright\s*+(?:©|\(c\)|\d{4}+)|©|\(c\))[^\n]{0,600}+
rights_reserved: [^\n]{0,120}?all rights reserved\.?+(?:[^\n]{0,160}?)
no_reproduction: (?:this (?:material|article|content|story) )?+(?:may not|must not|cannot) be (?:published|reproduced|republished|copied|redistributed)[^\n]{0,200}+
reprint_permission: (?:for )?+(?:reprint|reprints|republishing|syndication) (?:rights|permissions?|requests?|inquiries)[^\n]{0,160}+
our_standards: our (?:standards|editorial standards|ethics policy|editorial guidelines|ethics)\s*+:?+[^\n]{0,120}+
part_of_group: [\p{L}\p{N} .&\'’-]{2,60}?\bis (?:a )?+part of (?:the )?+[^\n]{0,80}?(?:family of brands|group|network|media group|company|inc\b|plc\b|ltd\b)[^\n]{0,200}+
contact_outlet: contact (?:us|the (?-i:\p{Lu})[\p{L}&.\'’ -]{1,30}+)
may_republish: [^\n]{0,40}?you (?:may|can|are free to) (?:republish|reproduce|reprint)[^\n]{0,160}+
registered_company: [^\n]{0,200}?\bregistered (?:in england|in scotland|in wales|in northern ireland|in ireland|office|company)\b[^\n]{0,200}+
