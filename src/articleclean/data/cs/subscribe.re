# Czech subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
# (?:(?!X)[^\n]){0,N}+X scans at most N characters for X, possessively.
follow_us: sledujte (?:nás|náš profil|náš kanál|naše zpravodajství) (?:na|v|také na|i na|rovněž na) [^\n]{1,100}+
subscribe_to: (?:přihlaste se k odběru|přihlásit se k odběru|odebírejte|objednejte si|zaregistrujte se k odběru) (?:našeho |náš |bezplatného |bezplatný )?+newslett(?:er|eru)\b[^\n]{0,120}+
buy_subscription: (?:kupte si|objednejte si|pořiďte si|předplaťte si|aktivujte si) (?:předplatné|přístup|premium)\b[^\n]{0,120}+
download_app: stáhněte si (?:zdarma )?+(?:naši |novou )?+aplikaci\b[^\n]{0,80}+
whole_for_subscribers: celý článek (?:je dostupný |si mohou přečíst |čtou )?+(?:jen |pouze |výhradně )?+(?:pro )?+předplatitel[eéůmi]{1,3}+\b[^\n]{0,120}+
