"""accounts' roles and state signed by an administrator

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

``app_user.signature``: an Ed25519 signature, by the signing key that only
administrators hold (the key file), over an account's id, user name, role and state.
A role or state changed outside the app no longer verifies, and the login refuses it
(docs/security.md). Existing accounts are signed at the first administrator login.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('app_user') as batch:
        batch.add_column(sa.Column('signature', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('app_user') as batch:
        batch.drop_column('signature')
