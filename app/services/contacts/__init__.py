"""Contacts: recording, drafts, the journal's pages, who is on shift; phone numbers as
search keys. Model: app/models/contact.py."""
