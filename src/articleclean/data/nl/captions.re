# Dutch photo caption and credit shapes (photo_captions), whole line: "Foto: ANP", "Beeld ANP / Robin Utrecht".
credit_label: [(\[]?+\s*+(?:foto(?:'s)?+|beeld(?:en)?+|afbeelding|illustratie|video|archiefbeeld|archieffoto|bron foto|bron beeld|fotografie|screenshot)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
agency_photo: [(\[]?+\s*+(?:foto(?:'s)?+|beeld)\s++(?:anp|belga|afp|ap|reuters|epa|getty images|hollandse hoogte|hh|shutterstock|istock|pro shots|orange pictures|photo news|imageselect|bsr agency|dpa)\b[^\n]{0,80}+
photo_by: (?:foto(?:'s)?+|beeld(?:en)?+|video|fotografie) door (?-i:\p{Lu})[^\n]{1,120}+
# "Beeld Koen Verheijden", "Beeld Sanne de Wilde voor de Volkskrant": a photographer's credit
# after "Beeld" without a colon (the caption stands on the line above).
beeld_name: beeld\s++(?-i:\p{Lu}\p{Ll}++)(?:\s++(?:(?-i:\p{Lu})[\p{L}'’-]++|van|de|der|den|ter|ten|het))*+(?:\s++voor\s++(?:de |het |nu\.nl)?+[\p{L}\p{N}.'’ -]{1,40}+)?+
