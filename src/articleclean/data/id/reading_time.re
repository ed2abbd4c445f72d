# Waktu baca (dates): "Waktu baca: 3 menit", "3 menit baca", "Bacaan 2 menit".
waktu_baca: (?:waktu|durasi|lama)\s++(?:baca|membaca)\s*+:?\s*+(?:sekitar\s++|±\s*+)?+\d{1,3}+\s*+(?:menit|mnt)
menit_baca: \d{1,3}+\s*+(?:menit|mnt)\s++(?:baca|membaca|waktu baca)
