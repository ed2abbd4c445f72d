# Polish read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:(?:prze)?+czytaj (?:także|też|również|więcej)|zobacz (?:także|też|również)|polecamy|warto przeczytać|może cię (?:też |również |także )?+zainteresować|więcej na ten temat|na ten temat)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
