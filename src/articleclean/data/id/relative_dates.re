# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 jam yang lalu", "5 menit lalu", "sehari yang lalu", "baru saja".
ago: (?:\d{1,3}+|se|satu)\s*+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s++(?:yang\s++)?+lalu
just_now: baru saja|beberapa (?:detik|menit) (?:yang )?+lalu
