# Reading-time and count lines in many languages (trailing_counters), whole line.
reading_time: (?:lecture|lesezeit|reading time|read time|tiempo de lectura|tempo de leitura|tempo di lettura|время чтения|阅读时间|閱讀時間|読了時間|읽는 시간|阅读|閱讀)\s*+[:：]?+\s*+(?:约|約|ca\.?+)?+\s*+\d++\s*+(?:min\.?+|mins?+|minutes?+|minuten|minutos|minuti|мин\.?+|分钟|分鐘|分|분)
min_read: \d++\s*+(?:-\s*+)?+(?:min(?:ute)?+s?+) (?:read|lesen|lecture|de lectura|de leitura|di lettura)
