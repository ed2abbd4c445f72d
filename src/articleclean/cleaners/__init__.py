"""Cleaners: one module per family of junk, each cleaner a small function.

A built-in cleaner has the signature ``cleaner(doc: Doc, rules: RuleBook, **options) -> Doc``;
it removes only what it is named after and records each removal with its rule id.
"""
