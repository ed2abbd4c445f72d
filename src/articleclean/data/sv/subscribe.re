# Swedish subscription / follow / app / paywall prompts with a variable tail; fullmatch on the whole line.
follow_us: följ oss (?:på|i|även på|också på) [^\n]{1,100}+
subscribe_offer: (?:prenumerera|bli prenumerant|prova|testa|läs allt|ta del av allt)\b[^\n]{0,60}?\b\d++\s*+(?:kr|kronor|:-)(?!\w)[^\n]{0,80}+
download_app: (?:ladda (?:ner|ned)|hämta) (?:vår|våra|gratis|(?-i:\p{Lu})[\p{L}\p{N}.+-]{0,30}+(?<=s)) (?:(?!app)[^\n]){0,30}+app(?:en|ar|arna)?+\b[^\n]{0,80}+
sign_up_newsletter: (?:prenumerera på|anmäl dig till|registrera dig för|få) (?:vårt |våra |det |)[\p{L}\p{N}+-]{0,30}+(?<=nyhetsbrev|nyhetsbrevet|nyhetsbreven)\b[^\n]{0,120}+
