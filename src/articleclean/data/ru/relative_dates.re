# Dates relative to the day the page was seen (dates): removed, they set nothing.
ago: (?:\d{1,3}+)\s++(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[июь]|месяц(?:а|ев)?|год(?:а)?|лет)\s++назад
