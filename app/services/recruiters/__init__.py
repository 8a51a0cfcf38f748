"""Licensed agencies and the recruiters callers name (docs/recruiters.md)."""
