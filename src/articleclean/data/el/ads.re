# Affiliate disclosures (ad_labels), whole line.
affiliate_disclosure: (?:αυτ[οό] το|το|η) (?:[αά]ρθρο|κε[ιί]μενο|σελ[ιί]δα|αν[αά]ρτηση)[^\n]{0,40}? περι[εέ]χει (?:affiliate )?+(?:συνδ[εέ]σμους|links?+)\b[^\n]{0,240}+
