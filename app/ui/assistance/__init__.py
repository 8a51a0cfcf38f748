"""Assistance cases: the page (list and case tabs) and its dialogs. Service:
app/services/assistance/."""
