"""The Shift page, the callbacks of the contact form and the start page's tasks."""
