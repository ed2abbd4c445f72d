# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:artikel|konten|halaman|tulisan) ini mengandung (?:tautan|link) afiliasi\b[^\n]{0,240}+
