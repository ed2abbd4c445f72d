# Leftover markup (markup_residue): Markdown images, HTML comments, tags, shortcodes, entities.
markdown_image: (?:!\[[^\]\n]{0,300}+\]\([^)\s]{1,500}+(?:\s++"[^"\n]{0,200}+")?+\)\s*+)++
markdown_link_only: \[[^\]\n]{0,200}+\]\((?:https?:|/)[^)\s]{1,500}+\)
html_comment: <!--[^\n]*?-->|<!--[^\n]*+|[^\n]*?-->
html_tags: (?:<\/?+[a-zA-Z][a-zA-Z0-9-]*+(?:\s++[^<>\n]{0,300}+)?+\/?+>\s*+)++
shortcode: \[/?+(?:caption|gallery|embed|video|audio|img|image|url|quote|tweet|youtube)\b[^\]\n]{0,300}+\]
template: \{\{[^\n]{0,300}?\}\}|\{%[^\n]{0,300}?%\}
image_alt: (?:image|img|photo|picture|figure)\s*+(?:\d++)?+\s*+[:：]?+\s*+(?:alt\s*+=|placeholder|loading|lazy|thumbnail)[^\n]{0,200}+
data_uri: [^\n]{0,40}?data:image/[a-z+]{2,10}+;base64,[A-Za-z0-9+/=]{20,}+[^\n]{0,40}+
separator: [#*=~_\-–—•·]{3,}+
