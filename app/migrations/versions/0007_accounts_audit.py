"""accounts and audit log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

Personal accounts (credentials live in the key file beside the database; the table
keeps the role, the state of the account and its password-change date) and the
append-only audit log, chained by hashes. Triggers refuse changing or deleting audit
entries through SQL; the hash chain shows what is done to the file by other means.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_TRIGGERS = {
    'audit_log_no_update': 'BEFORE UPDATE ON audit_log',
    'audit_log_no_delete': 'BEFORE DELETE ON audit_log',
    'audit_head_no_delete': 'BEFORE DELETE ON audit_head',
}


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('password_changed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(), nullable=True))

    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('object_kind', sa.String(length=40), nullable=True),
    sa.Column('object_id', sa.String(length=64), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at', 'seq'], unique=False)
        batch_op.create_index('ix_audit_log_user', ['user_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_action', ['action', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_object', ['object_kind', 'object_id'],
                              unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    for name, when in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN "
                   "SELECT RAISE(ABORT, 'the audit log is append-only'); END")


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_object')
        batch_op.drop_index('ix_audit_log_action')
        batch_op.drop_index('ix_audit_log_user')
        batch_op.drop_index('ix_audit_log_at')
    op.drop_table('audit_log')
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('last_login_at')
        batch_op.drop_column('password_changed_at')
        batch_op.drop_column('must_change_password')
