# Lästid (dates): "Lästid: 4 min", "4 min läsning", "Lästid ca 3 minuter".
lastid: (?:lästid|läsningstid|beräknad lästid)\s*+:?\s*+(?:ca\.?+\s*+|cirka\s++)?+\d{1,3}+\s*+min(?:uter|\.)?+
min_lasning: \d{1,3}+\s*+min(?:uter|uters|\.)?+\s++(?:läsning|lästid|att läsa)
