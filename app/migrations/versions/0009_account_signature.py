"""accounts' roles and state signed by an administrator

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

``app_user.signature``: an Ed25519 signature, by the signing key that only
administrators hold (the key file), over an account's id, user name, role and state.
A role or state changed outside the app no longer verifies, and the login refuses it
(docs/security.md). Existing accounts are signed at the first administrator login.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, not a batch copy of the table: app_user is referred to by many
    # tables, and copying it would trip their foreign keys.
    op.add_column('app_user', sa.Column('signature', sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE app_user DROP COLUMN signature')
