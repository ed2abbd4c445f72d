# Indonesian read-more lines (related_lists): a label, a separator, then the linked headline.
read_more_link: (?:baca (?:juga|pula|selengkapnya|lainnya)|simak (?:juga|pula)|lihat juga|tonton juga|berita terkait|artikel terkait|jangan lewatkan|pilihan redaksi|rekomendasi)\s*+(?:[:：|>»›▶►→]|(?<=\s)[-–—])\s*+\S[^\n]{0,200}+
