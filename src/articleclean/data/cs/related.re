# Czech read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:čtěte (?:také|též|dále|více)|přečtěte si (?:také|též|více)?+|související(?: článek| články)?+|souvisí|doporučujeme|mohlo by vás (?:také |též )?+zajímat|více k tématu|k tématu)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
