# Breadcrumbs (nav_menus): 2-8 short items joined by > / » / › / → / | or ＞, in any language.
breadcrumb: (?:(?:当前位置|您的位置|你的位置|所在位置|current location|you are here)\s*+[:：]?+\s*+)?+[^\n>»›→＞|]{1,24}+(?:\s*+(?:>|»|›|→|＞|->|>>|/)\s*+[^\n>»›→＞|]{1,24}+){1,7}+\s*+(?:>|»|›|→|＞|->|>>)?+
