# Czas czytania (dates): "Czas czytania: 4 min", "4 min czytania", "Czytasz w 3 minuty".
czas_czytania: czas (?:czytania|lektury)\s*+:?\s*+(?:ok\.\s*+)?+\d{1,3}+\s*+(?:min(?:ut[ay]?+|\.)?+)
min_czytania: (?:ok\.\s*+)?+\d{1,3}+\s*+min(?:ut[ay]?+|\.)?+\s++(?:czytania|lektury)
