# Cookie 句子 (cookie_banners)。
we_use_cookies: [^\n]{0,40}?(?:使用|采用|利用)[^\n]{0,10}?(?:cookie|Cookie|COOKIE|cookies|小型文本文件)[^\n]{0,200}+
