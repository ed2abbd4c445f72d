# Croatian photo caption and credit shapes (photo_captions), whole line: "Foto: Hina", "Foto: Marko Lis/PIXSELL".
credit_label: [(\[]?+\s*+(?:foto|fotografija|fotografije|slika|ilustracija|video|snimka zaslona|screenshot|arhivska fotografija|ilustrativna fotografija|izvor fotografije|kolaž|infografika|grafika)\s*+(?::|/|\||(?<=\s)[–—-](?=\s)|©)\s*+[^\n]{1,120}+
photo_by: (?:fotografije|fotografiju|fotografija|foto|video) (?:snimio|snimila|snimili|snimile) (?-i:\p{Lu})[^\n]{1,120}+
