"""Extractors: one module per metadata field.

An extractor is a pipeline step like a cleaner (``(doc, rules, **options) -> Doc``): it finds
its field in the text, sets it with ``doc.with_meta(...)``, and removes the lines (or spans)
it consumed, so they are listed in ``removed`` under the extractor's name.
"""
