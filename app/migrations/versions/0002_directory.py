"""directory of contacts abroad

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Entries (embassies, international organisations, NGOs… by country) with a folded
search column, emergency numbers per country, the change history of both, and
which entries were given to callers in which contacts.
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('directory_entry',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phones', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('hours', sa.String(length=300), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('services', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('verified_at', sa.DateTime(), nullable=True),
    sa.Column('verified_by', sa.String(length=36), nullable=True),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.Column('fictional', sa.Boolean(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['verified_by'], ['app_user.id'], name=op.f('fk_directory_entry_verified_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_entry'))
    )
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.create_index('ix_directory_entry_country_type', ['country', 'type'], unique=False)
        batch_op.create_index('ix_directory_entry_verified', ['verified_at'], unique=False)

    op.create_table('country_emergency',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('numbers', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('fictional', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_country_emergency'))
    )
    with op.batch_alter_table('country_emergency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_country_emergency_country'), ['country'], unique=False)

    op.create_table('directory_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entry_id', sa.String(length=36), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['directory_entry.id'], name=op.f('fk_directory_change_entry_id_directory_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_directory_change_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_change'))
    )
    with op.batch_alter_table('directory_change', schema=None) as batch_op:
        batch_op.create_index('ix_directory_change_entry', ['entry_id', 'changed_at'], unique=False)
        batch_op.create_index('ix_directory_change_country', ['country', 'changed_at'], unique=False)

    op.create_table('contact_directory_given',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('entry_id', sa.String(length=36), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_directory_given_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['directory_entry.id'], name=op.f('fk_contact_directory_given_entry_id_directory_entry')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_contact_directory_given_user_id_app_user')),
    sa.PrimaryKeyConstraint('contact_id', 'entry_id', name=op.f('pk_contact_directory_given'))
    )
    with op.batch_alter_table('contact_directory_given', schema=None) as batch_op:
        batch_op.create_index('ix_contact_directory_given_entry', ['entry_id', 'given_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('contact_directory_given', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_directory_given_entry')

    op.drop_table('contact_directory_given')
    with op.batch_alter_table('directory_change', schema=None) as batch_op:
        batch_op.drop_index('ix_directory_change_country')
        batch_op.drop_index('ix_directory_change_entry')

    op.drop_table('directory_change')
    with op.batch_alter_table('country_emergency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_country_emergency_country'))

    op.drop_table('country_emergency')
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_directory_entry_verified')
        batch_op.drop_index('ix_directory_entry_country_type')

    op.drop_table('directory_entry')
