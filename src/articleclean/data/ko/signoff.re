# 기자 서명 (emails): "박지훈 기자", "박지훈 기자 이메일" once the address is taken out.
reporter: \p{Hangul}{2,4}+\s*+기자(?:\s*+(?:이메일|메일))?
