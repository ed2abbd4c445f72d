# Swedish read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:läs (?:också|även|mer)|mer om ämnet|se (?:också|även)|relaterat|missa inte|andra läser)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
