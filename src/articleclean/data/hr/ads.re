# Croatian sponsored-content notes (ad_labels), whole line: "Ovaj članak nastao je u suradnji s tvrtkom X.".
in_cooperation: (?:ovaj |ovo je )?+(?:sponzorirani |promotivni |plaćeni )?+(?:članak|sadržaj|tekst|prilog) (?:je )?+(?:nastao|nastala|nastalo|objavljen|pripremljen|realiziran)(?: je)?+ (?:u suradnji s|u suradnji sa|uz podršku|u partnerstvu s|u partnerstvu sa|na zahtjev)\b[^\n]{1,120}+
