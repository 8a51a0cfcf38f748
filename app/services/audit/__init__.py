"""The audit log: who did what, chained so a change is found. Model: app/models/audit.py."""
