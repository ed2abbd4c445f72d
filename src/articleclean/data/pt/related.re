# Portuguese read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:(?:leia|ler|veja|saiba) (?:também|mais)|(?:você pode gostar|você também pode gostar|notícias relacionadas|matérias relacionadas|relacionadas|continue lendo|não perca))\s*+(?:[:：|>»›▶►→]|>>|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
