# Cookie-banner sentences (cookie_banners), whole line.
we_use_cookies: (?:we|this (?:web)?site|our (?:web)?site)(?: and our partners)?+ (?:use|uses|may use) cookies(?: and (?:similar|other) (?:tracking )?+technologies)?+(?: to| on| for| that| which| so|\.|,)[^\n]{0,600}+
by_continuing: by (?:continuing|using|clicking|browsing)[^\n]{0,80}? (?:you (?:agree|consent|accept)|consent to)[^\n]{0,60}?cookies[^\n]{0,300}+
cookie_consent: [^\n]{0,120}?cookies? (?:policy|notice|consent|settings|preferences)[^\n]{0,40}+
necessary_cookies: (?:necessary|essential|functional|analytics|performance|advertising|marketing|non-necessary) cookies (?:are|help|allow|enable|may|we)[^\n]{0,600}+
