# Danish subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
follow_us: følg os (?:på|i|også på) [^\n]{1,100}+
subscribe_offer: (?:abonnér|abonner|bliv abonnent|prøv|få adgang|få fuld adgang|læs alt)\b[^\n]{0,60}?\b\d++\s*+(?:kr\.?+|kroner|,-)(?!\w)[^\n]{0,80}+
download_app: (?:hent|download) (?:vores|gratis|(?-i:\p{Lu})[\p{L}\p{N}.+-]{0,30}+(?<=s)) (?:(?!app)[^\n]){0,30}+app(?:en|s|ene)?+\b[^\n]{0,80}+
sign_up_newsletter: (?:tilmeld dig|tilmeld|abonnér på|abonner på|få) (?:vores |vort |det |)[\p{L}\p{N}+-]{0,30}+(?<=nyhedsbrev|nyhedsbrevet|nyhedsbreve)\b[^\n]{0,120}+
