"""The forms: Qt Designer layouts and the field widgets every form shares.

- <name>.ui: a screen's layout, edited in Qt Designer (`pyside6-designer`); the source.
- ui_<name>.py: compiled from it by `python scripts/build_forms.py` (pyside6-uic) and
  committed; never edited by hand (tests/test_forms_fresh.py fails when it is stale).
  The screen class in app/ui sets it up and keeps the behaviour.
- fields.py: code-list combos, checklists, the country picker, shared by every form so
  each behaves the same way with the keyboard.
- widgets.py: the promoted widgets the .ui files name, and `put`, which puts a field
  Designer cannot make (it needs a code list) where the form has a placeholder.
"""
