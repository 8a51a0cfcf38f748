"""The contact journal: the list, a contact's history, the legacy import. Services:
app/services/contacts/, app/services/imports/."""
