"""The intake form: recording a contact. Service: app/services/contacts/."""
