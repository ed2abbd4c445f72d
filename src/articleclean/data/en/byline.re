# Byline lines (byline): group "rest" holds the names, then optional "(Source)", "| Source".
by: (?:written |reported |words |story |text )?+by\s*+[:：]?+\s*+(?P<rest>\p{Lu}.*+)
