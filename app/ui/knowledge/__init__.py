"""The knowledge base: the page of articles and the panel beside the intake form."""
