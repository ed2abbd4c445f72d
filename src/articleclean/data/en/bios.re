# Author-bio shapes (author_bios): a short paragraph at the foot that presents the author.
is_a_reporter: (?-i:(?:[\p{Lu}][\p{L}.'’-]*+ ){1,3}+(?:is|was|has been)) (?:a|an|the|[\p{L}]++'s)\b[^\n]{0,120}?\b(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|author|producer|photographer|critic|analyst|fellow|freelancer|intern|professor|researcher)s?+\b[^\n]{0,400}+
follow_author: (?:follow|find|reach|contact) (?:him|her|them|the author|the writer) (?:on|at|via) [^\n]{1,200}+
about_company: (?-i:About (?:\p{Lu}[\p{L}\p{N}&.\'’-]*+)(?: (?:\p{Lu}[\p{L}\p{N}&.\'’-]*+|of|and|for|the|&)){0,5}+)
