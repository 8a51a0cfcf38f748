"""assistance."""
