"""Forms: the field widgets every form shares, and the screens' Qt Designer forms.

fields.py holds the field widgets for code lists and countries, so every form behaves
the same way with the keyboard. A screen laid out in Qt Designer has its form here as
<name>.ui (the source) and ui_<name>.py compiled from it by scripts/build_forms.py
(generated, never edited by hand); the screen class in app/ui sets the form up and
holds the behaviour.
"""
