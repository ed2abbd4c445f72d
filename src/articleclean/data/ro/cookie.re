# Romanian cookie-banner sentences (cookie); fullmatch on the whole line, bounded tails.
we_use: (?:noi )?+(?:folosim|utilizăm|utilizam) (?:(?!cookie)[^\n]){0,40}+cookie(?:-uri|uri|s)?+\b[^\n]{0,800}+
site_uses: (?:acest|acesta) (?:site|website|site web) (?:folosește|foloseşte|foloseste|utilizează|utilizeaza) (?:(?!cookie)[^\n]){0,40}+cookie(?:-uri|uri|s)?+\b[^\n]{0,800}+
we_and_partners: (?:noi )?+(?:și|şi|si) partenerii noștri(?:(?!cookie|date)[^\n]){0,200}+(?:cookie|date)[^\n]{0,800}+
by_continuing: (?:prin )?+(?:continuarea navigării|continuarea navigarii|continuând navigarea|continuand navigarea|navigând în continuare|navigand in continuare|utilizarea (?:acestui site|site-ului))[^\n]{0,600}+
by_clicking: (?:prin )?+(?:apăsarea|apasarea|click|clic|făcând clic|facand clic|apăsând|apasand) (?:pe )?+(?:(?!accept|de acord)[^\n]){0,80}+(?:accept|de acord)[^\n]{0,600}+
