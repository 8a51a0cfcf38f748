"""Crisis cases. Model: app/models/crisis.py."""
