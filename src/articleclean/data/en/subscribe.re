# Prompt shapes (subscription_prompts), whole line.
sign_up_for: sign up (?:for|to) [^\n]{0,80}?(?:newsletter|updates|alerts|emails?|briefing|digest)[^\n]{0,120}+
subscribe_to: (?:subscribe|register|sign up) (?:to|for|now|today|here)[^\n]{0,60}+(?:newsletter|access|updates|alerts|unlimited|digital|subscription)[^\n]{0,120}+
get_delivered: (?:get|receive|have) [^\n]{0,60}?(?:delivered|sent) (?:to|into|straight to) your inbox[^\n]{0,120}+
follow_on: follow (?:us|[\p{L}\p{N} .'’&-]{2,60}?) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)(?:\s*+[,&]\s*+(?:twitter|facebook|instagram|linkedin|youtube|tiktok|x))*+[^\n]{0,40}+
already_subscriber: already (?:a subscriber|have an account|registered)[^\n]{0,60}+
by_signing_up: by (?:signing up|subscribing|clicking|registering)[^\n]{0,40}? you (?:agree|acknowledge|consent)[^\n]{0,200}+
limited_articles: you (?:have|'ve) (?:\d++|one|two|three|four|five) (?:free )?+(?:articles?|stories) (?:left|remaining)[^\n]{0,100}+
click_here: [^\n]{0,100}?\b(?:by )?+(?:click|clicking|tap|tapping) (?:here|this link|the link below)\b[^\n]{0,100}+
chat_with_us: chat with us (?:on|in|via) [^\n]{0,200}+
get_newsletter: get\b[^\n]{0,60}?\bnewsletters?\b[^\n]{0,120}+
join_channel: join (?:our|the|[\p{L}\'’]{1,20}+) [^\n]{0,40}?(?:telegram|whatsapp|facebook|discord|signal|wechat|line|youtube) (?:channel|group|community|page)[^\n]{0,120}+
download_app: download (?:the|our) [^\n]{0,60}?\bapps?\b[^\n]{0,120}+
subscribe_line: subscribe\b[^\n]{0,160}+
sign_up_for_name: sign up (?:for|to) (?:our |the )?+(?-i:\p{Lu})[^\n]{0,60}+
receiving_email: you (?:are receiving|received|have received|got) this (?:e-?mail|newsletter|message)[^\n]{0,300}+
newsletter_label: newsletters?+\s*+[:：]\s*+[^\n]{1,120}+
support_journalism: support (?:local|independent|our|quality|nonprofit|public[- ]service|community) (?:news|journalism|reporting|newsroom)[.!]?+(?:\s++[^\n]{0,160}+)?+
subscribed_confirm: you(?: have|'ve)?+ (?:been )?+(?:now )?+succ?ess?ful+y (?:subscribed|signed up|registered)[^\n]{0,120}+
link_sent: (?:an )?+e-?mail with (?:an? )?+(?:activation|confirmation|verification) link has (?:just )?+been sent[^\n]{0,200}+
fill_form: (?:please,? )?+fill (?:in |out )?+the form[^\n]{0,40}?(?:subscribe|sign up|newsletter)[^\n]{0,80}+
