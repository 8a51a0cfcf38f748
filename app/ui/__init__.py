"""Windows, dialogs, item models and background workers. Depends on app.services."""
