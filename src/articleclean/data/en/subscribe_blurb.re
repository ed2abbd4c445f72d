# The promise under a newsletter prompt (subscription_prompts): only the line right under a
# removed prompt is tried ("Sign up for DevBeat Daily" / "The day's top startup stories,
# delivered at 7am.").
delivered: [^\n]{0,80}?\b(?:delivered|sent|straight to your inbox|in your inbox)\b[^\n]{0,80}+
schedule: [^\n]{0,80}?\b(?:every|each) (?:morning|evening|day|weekday|week|friday|monday|sunday)\b[^\n]{0,60}+
