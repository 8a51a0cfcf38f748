"""Who approached callers: the intake form's part, the licence check and the
supervisor's page of recruiters (docs/recruiters.md)."""
