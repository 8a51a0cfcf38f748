"""The small UI kit every screen uses: the date field, the paged table model, message
boxes and file dialogs, colours and fonts, accessible names (accessible.py), charts as
text (charts.py), remembered dialog sizes (remember.py), sizes in the user's units
(units.py)."""
