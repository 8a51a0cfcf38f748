"""import ledger

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

The ledger of legacy imports: one row per imported spreadsheet, keyed by a hash of
its normalised records, so that importing the same content twice is refused.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_ledger',
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_format', sa.String(length=10), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_ledger')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_import_ledger_content_hash'))
    )


def downgrade() -> None:
    op.drop_table('import_ledger')
