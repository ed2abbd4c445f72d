# Lukuaika (dates): "Lukuaika: 4 min", "Lukuaika noin 3 minuuttia", "4 min lukuaika", "4 minuutin lukuaika".
lukuaika: (?:lukuaika|arvioitu lukuaika)\s*+:?\s*+(?:n\.\s*+|noin\s++|alle\s++)?+\d{1,3}+\s*+(?:min(?:uuttia|\.)?+)
min_lukuaika: (?:\d{1,3}+\s*+(?:min\.?+|minuutin))\s++lukuaika
