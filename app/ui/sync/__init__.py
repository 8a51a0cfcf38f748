"""The sync page. Service: app/services/sync/."""
