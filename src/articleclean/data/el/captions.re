# Greek photo caption and credit shapes (photo_captions), whole line: "Φωτογραφία: ΑΠΕ-ΜΠΕ",
# "(φωτ.: Eurokinissi)", "Φωτ. ΑΠΕ-ΜΠΕ / Όρεστης Παναγιώτου".
credit_label: [(\[]?+\s*+(?:φωτογραφ[ιί](?:α|ες)(?: αρχε[ιί]ου)?+|φωτ\.?+(?: αρχε[ιί]ου)?+|φωτ[οό]|π[ηή]γ[ηή] (?:φωτογραφ[ιί]ας|εικ[οό]νας)|εικ[οό]να|εικονογρ[αά]φηση|β[ιί]ντεο)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
agency_photo: [(\[]?+\s*+(?:φωτογραφ[ιί]α|φωτ\.|φωτ[οό])\s++(?:απε-μπε|απε|eurokinissi|intime news|intime|sooc|reuters|ap|afp|epa|getty images|shutterstock|ιστοσελ[ιί]δα)\b[^\n]{0,80}+
