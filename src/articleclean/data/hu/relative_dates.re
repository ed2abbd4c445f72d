# Dates relative to the day the page was seen (dates): removed, they set nothing.
# "2 órája", "5 perce", "egy napja", "3 órával ezelőtt", "ma 10:30", "Tegnap, 18:45", "épp most".
ago: (?:\d{1,3}+|egy|k[eé]t|n[eé]h[aá]ny|p[aá]r)\s++(?:m[aá]sodperce|perce|[oó]r[aá]ja|napja|hete|h[oó]napja|[eé]ve)
ago_ezelott: (?:\d{1,3}+|egy|k[eé]t|n[eé]h[aá]ny|p[aá]r)\s++(?:m[aá]sodperccel|perccel|[oó]r[aá]val|nappal|h[eé]ttel|h[oó]nappal|[eé]vvel)\s++ezel[oő]tt
today_time: (?:ma|tegnap|tegnapel[oő]tt)(?:,?+\s*+\d{1,2}+:\d\d(?:-kor)?+)|[eé]pp most|az im[eé]nt|[eé]ppen most
