# Romanian photo caption and credit shapes (photo_captions), whole line: "Foto: Inquam Photos / Ion Popescu".
credit_label: [(\[]?+\s*+(?:foto(?:grafie|grafii)?+|imagin(?:e|i)|sursa foto|sursă foto|sursa imagine|credit foto|ilustrație|ilustraţie|video|captură(?: video| de ecran)?+|captura(?: video| de ecran)?+|foto(?: de)? arhivă|foto(?: de)? arhiva|infografic)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:fotografii|fotografie|foto|imagini) de (?-i:\p{Lu})[^\n]{1,120}+
illustrative: (?:foto|imagine|fotografie) (?:ilustrativă|ilustrativa|ilustrativ|de arhivă|de arhiva|arhivă|arhiva)\s*+[(\[]?+[^\n]{0,80}+
