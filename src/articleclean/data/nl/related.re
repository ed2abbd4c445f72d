# Dutch read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:lees (?:ook|hier|meer|verder|dit ook)|bekijk ook|zie ook|meer (?:hierover|over dit onderwerp|nieuws)|ook interessant|gerelateerd|eerder (?:op|in) [\p{L}.]{2,30}+)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
