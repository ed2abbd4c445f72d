# Turkish read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:ilgili haber(?:ler)?+|ayrıca okuyun|bunu da okuyun|bunları da okuyun|okumadan geçme(?:yin)?+|bakmadan geçme(?:yin)?+|ilginizi çekebilir|bu haber de ilginizi çekebilir|daha fazla(?: haber)?+|devamını oku)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
