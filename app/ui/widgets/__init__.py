"""The small UI kit every screen uses, one way for each recurring job: the date field
(datefield.py) and dates and times shown through QLocale (formatting.py), the read-only
table (tables.py) and the paged table model (table_models.py), field errors as text and
the error label (errors.py), the draft keeper (drafts.py), message boxes and file
dialogs (msgbox.py), the palette and fonts (style.py), accessible names
(accessible.py), charts as text (charts.py), remembered dialog sizes (remember.py),
sizes in the user's units (units.py), the problems of an imported file in the user's
language (import_problems.py). The field widgets of the forms (combos, the one
checklist, the country picker) are in app/forms/fields.py."""
