# Persian comment-section heading shapes (comment_sections): "۱۲ نظر", "نظرات (۱۲)", and the
# moderation counts Iranian sites print: "انتشار یافته: ۱۲ در انتظار بررسی: ۰ غیر قابل انتشار: ۲".
n_comments: \d[\d.,٬]*+ (?:نظر|دیدگاه|دیدگاه‌ها|دیدگاه ها|پاسخ)
comments_n: (?:نظرات|دیدگاه‌ها|دیدگاه ها|دیدگاه)\s*+[(（:]?+\s*+\d[\d.,٬]*+\s*+[)）]?+
moderation_counts: (?:انتشار یافته|منتشر شده)\s*+:\s*+\d++(?:\s*+[|،,-]?+\s*+(?:در انتظار بررسی|غیر قابل انتشار|غیرقابل انتشار|تکراری)\s*+:\s*+\d++){0,3}+
