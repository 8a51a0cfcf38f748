"""Quality reviews and their export. Models: app/models/quality.py, app/models/rubric.py."""
