"""The text-only boilerplate classifier: features per block, a best body region, a decision."""
