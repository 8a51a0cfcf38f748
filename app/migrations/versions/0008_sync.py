"""sync between sites by files

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

The site's key pair and clock, partner sites, the sync state of every record,
tombstones, conflicts, versions waiting for their references, and the history of
files sent and received (docs/sync-format.md).
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=False),
        sa.Column('author_id', sa.String(length=36), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('sync_site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sign_private', sa.LargeBinary(), nullable=True),
    sa.Column('box_private', sa.LargeBinary(), nullable=True),
    sa.Column('keys_created_at', sa.DateTime(), nullable=True),
    sa.Column('clock', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_site'))
    )
    op.create_table('sync_peer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('site_name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=20), nullable=True),
    sa.Column('sign_key', sa.LargeBinary(), nullable=False),
    sa.Column('box_key', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=36), nullable=True),
    sa.Column('export_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_export_at', sa.DateTime(), nullable=True),
    sa.Column('last_export_records', sa.Integer(), nullable=True),
    sa.Column('last_import_at', sa.DateTime(), nullable=True),
    sa.Column('last_import_records', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peer')),
    sa.UniqueConstraint('name', name=op.f('uq_sync_peer_name')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_sync_peer_fingerprint'))
    )
    op.create_table('sync_state',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('seen', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('vv', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('tbl', 'record_id', name=op.f('pk_sync_state'))
    )
    op.create_index('ix_sync_state_seq', 'sync_state', ['seq'], unique=False)
    op.create_table('sync_tombstone',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'record_id', name=op.f('pk_sync_tombstone'))
    )
    op.create_index('ix_sync_tombstone_seq', 'sync_tombstone', ['seq'], unique=False)
    op.create_table('sync_conflict',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('winner_site', sa.String(length=36), nullable=False),
    sa.Column('winner_hlc', sa.BigInteger(), nullable=False),
    sa.Column('loser_site', sa.String(length=36), nullable=False),
    sa.Column('loser_hlc', sa.BigInteger(), nullable=False),
    sa.Column('winner_data', sa.Text(), nullable=False),
    sa.Column('loser_data', sa.Text(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    *_tracked(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    op.create_index('ix_sync_conflict_record', 'sync_conflict', ['tbl', 'record_id'],
                    unique=False)
    op.create_index('ix_sync_conflict_status', 'sync_conflict', ['status', 'detected_at'],
                    unique=False)
    op.create_table('sync_pending',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'record_id', name=op.f('pk_sync_pending'))
    )
    op.create_table('sync_import',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('peer_id', sa.String(length=36), nullable=True),
    sa.Column('peer_name', sa.String(length=100), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_import'))
    )
    op.create_index('ix_sync_import_hash', 'sync_import', ['file_hash'], unique=False)
    op.create_index('ix_sync_import_at', 'sync_import', ['at'], unique=False)
    op.create_table('sync_export',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('tombstones', sa.Integer(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_export'))
    )
    op.create_index('ix_sync_export_peer_at', 'sync_export', ['peer_id', 'at'], unique=False)


def downgrade() -> None:
    for index, table in (('ix_sync_export_peer_at', 'sync_export'),
                         ('ix_sync_import_at', 'sync_import'),
                         ('ix_sync_import_hash', 'sync_import'),
                         ('ix_sync_conflict_status', 'sync_conflict'),
                         ('ix_sync_conflict_record', 'sync_conflict'),
                         ('ix_sync_tombstone_seq', 'sync_tombstone'),
                         ('ix_sync_state_seq', 'sync_state')):
        op.drop_index(index, table_name=table)
    for table in ('sync_export', 'sync_import', 'sync_pending', 'sync_conflict',
                  'sync_tombstone', 'sync_state', 'sync_peer', 'sync_site'):
        op.drop_table(table)
