# German read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:lesen sie (?:auch|dazu auch|hier|mehr)|lies auch|mehr zum thema|mehr dazu|zum thema|passend zum thema|auch interessant|ebenfalls interessant|das könnte sie auch interessieren|weiterlesen)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
