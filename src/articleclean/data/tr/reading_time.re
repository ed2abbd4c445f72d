# Okuma süresi (dates): "Okuma süresi: 4 dk", "4 dakikalık okuma", "3 dk okuma".
okuma_suresi: (?:tahmini\s++)?+okuma\s++süresi\s*+:?\s*+(?:yaklaşık\s++)?+\d{1,3}+\s*+(?:dk|dakika)\.?+
dk_okuma: \d{1,3}+\s*+(?:dk|dakika|dakikalık)\.?+\s++okuma(?:\s++süresi)?+
