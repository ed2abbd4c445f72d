# Danish read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:læs (?:også|mere)|mere om emnet|se også|relateret|andre læser)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
