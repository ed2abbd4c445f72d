# Norwegian read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:les (?:også|mer)|mer om saken|mer om emnet|se også|relatert|andre leser)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
