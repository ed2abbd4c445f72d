# Crawler records at the top of a file (crawler_record): the shapes of their lines. The keys
# they may carry, and the field each fills, are the record_*_keys families of each language.
# A Markdown key-value table: "| url | https://… |" rows, and the rule under a header row.
table_row: \|[ \t]*+(?P<key>[^|\n]{1,40}+)\|[ \t]*+(?P<value>[^|\n]{0,4000}+)\|
table_rule: \|(?:[ \t]*+:?+-{3,}+:?+[ \t]*+\|){2}+
# YAML front matter: between two "---" lines, "key: value" pairs.
yaml_fence: ---
yaml_pair: (?P<key>[\p{L}\p{N}_-]{1,40}+)[ \t]*+:[ \t]++(?P<value>[^\n]{0,4000}+)
# "Title: …", "URL: …", "Date: …" lines a scraper writes before the text.
header_pair: (?P<key>\p{L}[\p{L}\p{N} _-]{0,30}+)[:：][ \t]*+(?P<value>\S[^\n]{0,4000}+)
# WARC headers: the version line, then "Name: value" fields up to a blank line; an HTTP
# response's status line and headers may follow.
warc_version: WARC/\d{1,2}+\.\d{1,2}+
warc_pair: (?P<key>[A-Za-z][A-Za-z0-9-]{0,60}+):[ \t]*+(?P<value>[^\n]{0,4000}+)
http_status: HTTP/\d(?:\.\d)?+[ \t]++\d{3}+(?:[ \t][^\n]{0,80}+)?+
