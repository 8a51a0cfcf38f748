"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28

The contact store: users on shift, callers, contacts with their topics,
destinations and outcomes, their change history, drafts, site settings, and a
full-text index of contact notes (SQLite FTS5, case-insensitive incl. Cyrillic).
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('caller',
    sa.Column('nickname', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone_key', sa.String(length=40), nullable=True),
    sa.Column('email_key', sa.String(length=200), nullable=True),
    sa.Column('nickname_key', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caller'))
    )
    with op.batch_alter_table('caller', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_caller_email_key'), ['email_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_caller_nickname_key'), ['nickname_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_caller_phone_key'), ['phone_key'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('contact',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('consultant_id', sa.String(length=36), nullable=True),
    sa.Column('organisation', sa.String(length=20), nullable=True),
    sa.Column('gender', sa.String(length=20), nullable=False),
    sa.Column('age_group', sa.String(length=20), nullable=True),
    sa.Column('region', sa.String(length=20), nullable=True),
    sa.Column('caller_role', sa.String(length=20), nullable=True),
    sa.Column('travel_purpose', sa.String(length=30), nullable=True),
    sa.Column('how_heard', sa.String(length=30), nullable=True),
    sa.Column('crisis', sa.Boolean(), nullable=False),
    sa.Column('out_of_hours', sa.Boolean(), nullable=False),
    sa.Column('caller_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['caller_id'], ['caller.id'], name=op.f('fk_contact_caller_id_caller')),
    sa.ForeignKeyConstraint(['consultant_id'], ['app_user.id'], name=op.f('fk_contact_consultant_id_app_user')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_contact')),
    sa.UniqueConstraint('id', name=op.f('uq_contact_id'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_caller_id'), ['caller_id'], unique=False)
        batch_op.create_index('ix_contact_channel_started', ['channel', 'started_at'], unique=False)
        batch_op.create_index('ix_contact_consultant_started', ['consultant_id', 'started_at'], unique=False)
        batch_op.create_index('ix_contact_started', ['started_at', 'seq'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_draft_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft'))
    )
    op.create_table('contact_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_change_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_contact_change_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_change'))
    )
    with op.batch_alter_table('contact_change', schema=None) as batch_op:
        batch_op.create_index('ix_contact_change_contact', ['contact_id', 'changed_at'], unique=False)

    op.create_table('contact_destination',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_destination_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'country', name=op.f('pk_contact_destination'))
    )
    with op.batch_alter_table('contact_destination', schema=None) as batch_op:
        batch_op.create_index('ix_contact_destination_country', ['country', 'contact_id'], unique=False)

    op.create_table('contact_outcome',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('outcome', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_outcome_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'outcome', name=op.f('pk_contact_outcome'))
    )
    op.create_table('contact_topic',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_topic_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'topic', name=op.f('pk_contact_topic'))
    )
    with op.batch_alter_table('contact_topic', schema=None) as batch_op:
        batch_op.create_index('ix_contact_topic_topic', ['topic', 'contact_id'], unique=False)



    _create_notes_index()


FOLD = "replace(replace({col}, 'ё', 'е'), 'Ё', 'Е')"


def _create_notes_index() -> None:
    """Contentless FTS5 index of contact notes keyed by contact.seq.

    unicode61 folds case in every script; ё is folded to е by the triggers (the same
    folding as app.db.sqlite.fold applies to queries).
    """
    op.execute(
        "CREATE VIRTUAL TABLE contact_fts USING fts5("
        "notes, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    new = FOLD.format(col="new.notes")
    old = FOLD.format(col="old.notes")
    op.execute(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
        f"INSERT INTO contact_fts(rowid, notes) VALUES (new.seq, {new}); END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, notes) VALUES ('delete', old.seq, {old}); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE OF notes ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, notes) VALUES ('delete', old.seq, {old}); "
        f"INSERT INTO contact_fts(rowid, notes) VALUES (new.seq, {new}); END"
    )


def downgrade() -> None:
    for name in ("contact_fts_au", "contact_fts_ad", "contact_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS contact_fts")
    with op.batch_alter_table('contact_topic', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_topic_topic')

    op.drop_table('contact_topic')
    op.drop_table('contact_outcome')
    with op.batch_alter_table('contact_destination', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_destination_country')

    op.drop_table('contact_destination')
    with op.batch_alter_table('contact_change', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_change_contact')

    op.drop_table('contact_change')
    op.drop_table('draft')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_started')
        batch_op.drop_index('ix_contact_consultant_started')
        batch_op.drop_index('ix_contact_channel_started')
        batch_op.drop_index(batch_op.f('ix_contact_caller_id'))

    op.drop_table('contact')
    op.drop_table('setting')
    with op.batch_alter_table('caller', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_caller_phone_key'))
        batch_op.drop_index(batch_op.f('ix_caller_nickname_key'))
        batch_op.drop_index(batch_op.f('ix_caller_email_key'))

    op.drop_table('caller')
    op.drop_table('app_user')
