# 报纸版面行 (print_edition): 《人民日报》（2016年07月12日 04 版）, （来源：人民日报 2016-07-12 第3版）.
title_date_page: 《(?P<publication>[^《》]{2,20}+)》\s*+[(（]\s*+(?P<date>\d{4}\s*+年\s*+\d\d?+\s*+月\s*+\d\d?+\s*+日|\d{4}-\d\d?+-\d\d?+)\s*+(?:第\s*+)?+(?P<page>[A-Z]?+\d{1,3}+)\s*+版\s*+[)）]
paren_title_date_page: [(（]\s*+(?:(?:来源|來源|原载于|原載於|原载|原載|刊于|刊於|刊登于|刊登於)\s*+[:：]?+\s*+)?+《?+(?P<publication>[\p{Han}\p{L}]{2,20}?)》?+\s*+(?P<date>\d{4}\s*+年\s*+\d\d?+\s*+月\s*+\d\d?+\s*+日|\d{4}[-/.]\d\d?+[-/.]\d\d?+)\s*+(?:第\s*+)?+(?P<page>[A-Z]?+\d{1,3}+)\s*+版\s*+[)）]
source_date_page: (?:来源|來源|原载于|原載於|原载|原載|刊于|刊於|刊登于|刊登於)\s*+[:：]\s*+《?+(?P<publication>[\p{Han}\p{L}]{2,20}?)》?+\s*+(?P<date>\d{4}\s*+年\s*+\d\d?+\s*+月\s*+\d\d?+\s*+日|\d{4}[-/.]\d\d?+[-/.]\d\d?+)\s*+(?:第\s*+)?+(?P<page>[A-Z]?+\d{1,3}+)\s*+版
# 聯合報的版面行 (print_edition): "【2016-07-12/聯合報/A4版/生活】": date, paper, page, section.
bracket_date_paper_page: 【\s*+(?P<date>\d{4}[-/.]\d\d?+[-/.]\d\d?+)\s*+/\s*+(?P<publication>[^/【】\s]{2,20}+)\s*+/\s*+(?:第\s*+)?+(?P<page>[A-Z]?+\d{1,3}+)\s*+版(?:\s*+/\s*+(?P<section>[^/【】]{1,12}+))?+\s*+】
