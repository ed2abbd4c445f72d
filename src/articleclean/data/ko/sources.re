# 언론사 이름의 형태 (source): a value that ends like a Korean publisher: 한빛일보, 서울신문, 연합뉴스.
media: \p{Hangul}{1,10}?(?:일보|신문|뉴스|방송|경제|타임스|저널|통신)
