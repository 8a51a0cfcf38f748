"""Contacts abroad: the directory page, its dialogs and the panel beside the intake
form. Service: app/services/directory/."""
