# Norwegian subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
follow_us: følg oss (?:på|i|også på) [^\n]{1,100}+
subscribe_offer: (?:abonner|bli abonnent|prøv|få tilgang|få full tilgang|les alt)\b[^\n]{0,60}?\b\d++\s*+(?:kr\.?+|kroner|,-)(?!\w)[^\n]{0,80}+
download_app: (?:last ned|hent) (?:vår|våre|gratis|(?-i:\p{Lu})[\p{L}\p{N}.+-]{0,30}+(?<=s)) (?:(?!app)[^\n]){0,30}+app(?:en|er|ene)?+\b[^\n]{0,80}+
sign_up_newsletter: (?:meld deg på|abonner på|få) (?:vårt |våre |det |)[\p{L}\p{N}+-]{0,30}+(?<=nyhetsbrev|nyhetsbrevet|nyhetsbrevene)\b[^\n]{0,120}+
