# 署名邮箱 (emails): what stands before an address once it is taken out: "财新记者：", "记者 张伟 邮箱".
reporter: (?:\p{Han}{1,10}?)?(?:记者|記者|作者|编辑|編輯|通讯员|通訊員)(?:\s*+\p{Han}{2,4}+)?(?:\s*+(?:邮箱|郵箱|电邮|電郵))?
