# Finnish read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:lue (?:myös|lisää|seuraavaksi)|lisää aiheesta|aiheesta lisää|katso myös|aiheeseen liittyvät?|muut lukevat)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
