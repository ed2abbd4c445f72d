# Ukrainian subscription / follow / support / error-report prompts with a variable tail; fullmatch on the whole line.
# ^ marks a shape that only exists as a whole line: it stops a search from scanning every offset.
follow_us: (?:читайте нас|підписуйтесь на нас|підписуйтеся на нас|стежте за нами|слідкуйте за нами|стежте за новинами|слідкуйте за новинами|приєднуйтесь до нас|приєднуйтеся до нас|дивіться нас) (?:у|в|на) (?:нашому |наших |офіційному )?+(?:telegram|телеграмі|телеграм|facebook|фейсбуці|instagram|інстаграмі|viber|вайбері|youtube|ютубі|tiktok|тіктоку|google news|соцмережах|соціальних мережах)[^\n]{0,100}+
subscribe_channel: (?:підписуйтесь|підписуйтеся|підпишіться|підписатися) на (?:наш канал |наш |канал |нашу сторінку |наші сторінки )[^\n]{1,100}+
support_us: (?:підтримайте|підтримати) (?:нас|редакцію|незалежну журналістику|українську журналістику|наш проєкт|наш проект|нашу роботу|роботу редакції)\b[^\n]{0,200}+
ctrl_enter: ^(?:(?!ctrl)[^\n]){0,120}+ctrl\s*+\+\s*+enter[^\n]{0,40}+
