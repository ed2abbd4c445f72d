# Sign-off shapes once the e-mail addresses are taken out (emails). A name is 1-4 capitalised words.
named_contact: (?-i:(?:Contact |Reach |Email |E-mail |Write to )?+(?:\p{Lu}[\p{L}'’.-]*+ ){1,4}+)(?:can be reached|may be reached|is reachable|can be contacted|is at|at|via email)(?: at| on)?+
write_to: write to (?:[\p{L}'’.-]++ ){1,4}+at
reporter_at: (?:the )?+(?:writer|reporter|author|columnist|correspondent)s?+ (?:can be reached |may be reached )?+at
# "Contact Maya Lindqvist at ... or 555-0123. Follow her on Twitter: @mayalind.", "Contact the
# writer at ... or 555-0182.": a phone number and a social handle may follow the address.
contact_phone_social: (?:contact |reach |email |e-mail |write to )?+(?:(?-i:(?:\p{Lu}[\p{L}'’.-]*+ ){1,4}+)|the (?:writer|reporter|author|columnist|correspondent)s? )at(?: or (?:\+?+\(?+\d(?:[\d()-]|[ .](?=[\d(]))*+))?+(?:\.? follow (?:him|her|them|us|me) on (?:twitter|x|instagram|facebook)\s*+:?\s*+@\w++)?+
