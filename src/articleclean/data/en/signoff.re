# Sign-off shapes once the e-mail addresses are taken out (emails). A name is 1-4 capitalised words.
named_contact: (?-i:(?:Contact |Reach |Email |E-mail |Write to )?+(?:\p{Lu}[\p{L}'’.-]*+ ){1,4}+)(?:can be reached|may be reached|is reachable|can be contacted|is at|at|via email)(?: at| on)?+
write_to: write to (?:[\p{L}'’.-]++ ){1,4}+at
reporter_at: (?:the )?+(?:writer|reporter|author|columnist|correspondent)s?+ (?:can be reached |may be reached )?+at
