# Czech copyright / reprint lines with variable parts (copyright); fullmatch on the whole line.
# Free text is bounded and possessive; (?:(?!X)[^\n]){0,N}+X scans at most N characters for X.
mark_reserved: (?:©|ⓒ|\(c\)|copyright)(?:(?!práva vyhrazena)[^\n]){0,200}+práva vyhrazena[^\n]{0,300}+
reserved_then: (?:všechna|veškerá) práva vyhrazena[.,;:–|-]\s*+[^\n]{1,300}+
forbidden_without: (?:jakékoliv|jakékoli|veškeré|další)?+\s*+(?:užití|publikování|šíření|kopírování|přebírání|převzetí|rozmnožování)(?:(?!bez )[^\n]){0,160}+bez (?:(?:předchozího|písemného|výslovného) )*+(?:souhlasu|svolení)(?:(?!zakázán)[^\n]){0,120}+(?:je |jsou )?+zakázán[oéa]?+[^\n]{0,200}+
