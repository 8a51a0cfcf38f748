"""The audit log screen. Service: app/services/audit/."""
