"""Accounts: set-up and login (auth), managing accounts (service), account rows signed by
an administrator (signing). Model: app/models/accounts.py."""
