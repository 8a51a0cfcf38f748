"""Erasing a person's data on request. Service: app/services/erasure/."""
