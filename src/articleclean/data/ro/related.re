# Romanian read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:citește|citeşte|citiți|citiţi|citeste) (?:și|şi|si|mai mult|mai multe|tot|continuarea|aici)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
topic_link: (?:pe același subiect|pe aceeași temă|te-ar putea interesa|v-ar putea interesa|legat de acest subiect|vezi și|vezi şi)\s*+(?:[:：|>»›▶►→])\s*+\S[^\n]{0,200}+
