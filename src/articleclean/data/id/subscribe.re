# Indonesian subscription / follow / app / channel prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: (?:ikuti|follow|simak) (?:juga )?+(?:kami|berita[^\n]{0,40}?|akun[^\n]{0,40}?) (?:di|lewat|melalui|via) [^\n]{1,160}+
join_channel: (?:gabung|bergabung|bergabunglah|join) (?:ke |di |dengan )?+(?:saluran|channel|grup|komunitas) [^\n]{1,160}+
download_app: (?:unduh|download) (?:sekarang )?+(?:aplikasi|apps?)\b[^\n]{0,120}+
subscribe_to: (?:berlangganan|langganan|daftar) (?:newsletter|buletin)\b[^\n]{0,120}+
breaking_channel: simak breaking news dan berita pilihan kami[^\n]{0,400}+
