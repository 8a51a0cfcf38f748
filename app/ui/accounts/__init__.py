"""Accounts screen (administrators) and the role names and account messages as people
read them. Service: app/services/accounts/."""
