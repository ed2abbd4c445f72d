# Script and style residue (script_residue): JavaScript and CSS left in the text. Code is
# case-sensitive, so these patterns are too: "If (as expected) ..." is prose, "if (x) {" is not.
js_var: (?-i:(?:var|let|const)\s++[\w$]++\s*+=\s*+[^\n]{0,2000}+)
js_call: (?-i:(?:window|document|googletag|jQuery|\$|_gaq|ga|gtag|dataLayer|console|fbq|twttr|adsbygoogle|pbjs|apstag|_taboola|OBR)(?:\.[\w$]++)*+\s*+(?:\(|=|\.push\()[^\n]{0,2000}+)
js_function: (?-i:(?:\(?+\s*+function\s*+[\w$]*+\s*+\([^)\n]{0,200}+\)\s*+\{|[\w$.]++\s*+=\s*+function\s*+\()[^\n]{0,2000}+)
js_arrow_iife: \(\s*+\(\s*+\)\s*+=>[^\n]{0,2000}+
js_block_end: [)\];,\s]*+\}[})\];,\s]*+
js_control: (?-i:(?:(?:if|for|while|switch)\s*+\([^\n]{0,500}+\)\s*+\{|(?:try|else|do)\s*+\{|\}\s*+(?:else|catch)\b)[^\n]{0,2000}+)
json_like: \{\s*+"[\w$-]{1,40}+"\s*+:[^\n]{0,4000}+
css_rule: [.#@]?+[\w-]++(?:[\s>+~.#:,\w\-\[\]="'()*]{0,200}+)?+\s*+\{[^{}\n]{0,2000}+\}?+
css_decl: (?-i:(?:(?:-?+[a-z]++-)*+(?:color|font|margin|padding|display|width|height|background|border|position|top|left|right|bottom|float|align|decoration|transform|transition|index|overflow|opacity|visibility|content|cursor|size|weight|family|style|shadow|radius|spacing|wrap|flex|grid|gap|outline)(?:-[a-z]++)*+\s*+:\s*+[^;\n]{1,200}+;\s*+)++\}?+)
media_query: (?-i:@(?:media|font-face|import|keyframes|charset|supports)\b[^\n]{0,2000}+)
cdata: (?://\s*+)?+<!\[CDATA\[[^\n]{0,2000}+|(?://\s*+)?+\]\]>
