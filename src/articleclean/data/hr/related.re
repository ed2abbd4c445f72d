# Croatian read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:(?:pročitajte|pročitaj|čitajte|čitaj|pogledajte|pogledaj) (?:još|i|više|također)|vezano|vezana vijest|više o temi|više na temu|još na temu|preporučujemo|moglo bi vas zanimati|ne propustite)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
