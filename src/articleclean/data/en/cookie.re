# Cookie-banner sentences (cookie_banners), whole line.
we_use_cookies: (?:we|this (?:web)?site|our (?:web)?site)(?: and our partners)?+ (?:use|uses|may use) cookies(?: and (?:similar|other) (?:tracking )?+technologies)?+(?: to| on| for| that| which| so|\.|,)[^\n]{0,600}+
by_continuing: by (?:continuing|using|clicking|browsing)[^\n]{0,80}? (?:you (?:agree|consent|accept)|consent to)[^\n]{0,60}?cookies[^\n]{0,300}+
cookie_consent: [^\n]{0,120}?cookies? (?:policy|notice|consent|settings|preferences)[^\n]{0,40}+
necessary_cookies: (?:necessary|essential|functional|analytics|performance|advertising|marketing|non-necessary) cookies (?:are|help|allow|enable|may|we)[^\n]{0,600}+
named_site_cookies: (?-i:\p{Lu}[\p{L}\p{N}&.'’-]*+(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*+){0,3}?)\s(?:uses|use|may use) cookies[^\n]{0,300}?(?:you (?:agree|consent|accept)|privacy policy|cookie policy|(?:learn|find out|read) more|opt[- ]out|(?:manage|change) (?:your )?(?:cookie )?(?:settings|preferences)|accept (?:all|cookies))[^\n]{0,300}+
