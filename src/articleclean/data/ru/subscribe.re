# Russian subscription / follow / error-report prompts with a variable tail; fullmatch on the whole line.
# ^ marks a shape that only exists as a whole line: it stops a search from scanning every offset.
follow_us: (?:читайте нас|подписывайтесь на нас|следите за нами|следите за новостями|присоединяйтесь к нам|смотрите нас|мы) (?:на|в|во) (?:нашем |наших |официальном )?+(?:telegram|телеграм|вконтакте|вк|vk|дзен|дзене|одноклассниках|rutube|youtube|max|соцсетях|социальных сетях)[^\n]{0,100}+
subscribe_channel: (?:подписывайтесь|подпишитесь|подписаться) на (?:наш |канал |наш канал )[^\n]{1,100}+
ctrl_enter: ^(?:(?!ctrl)[^\n]){0,120}+ctrl\s*+\+\s*+enter[^\n]{0,40}+
