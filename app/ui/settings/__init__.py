"""Site settings and backups."""
