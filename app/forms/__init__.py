"""Form building blocks: field widgets for code lists and countries.

The fields the screens share live here so every form behaves the same way with the
keyboard. Layouts drawn in Qt Designer live here too: ``<name>.ui`` with its compiled
``ui_<name>.py`` (``python scripts/build_forms.py``; a test checks that none is stale),
which a screen in app/ui sets up and fills with its own widgets.
"""
