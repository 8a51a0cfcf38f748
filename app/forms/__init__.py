"""Form building blocks: field widgets for code lists and countries.

The screens in app/ui are hand-written widgets (no Designer files); the fields they
share live here so every form behaves the same way with the keyboard.
"""
