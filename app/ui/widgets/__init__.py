"""The small UI kit every screen uses: the date field, the paged table model, message
boxes, colours and fonts."""
