"""Use cases over the store. Never imports Qt; hands back plain dataclasses."""
