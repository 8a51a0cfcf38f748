"""licensed agencies and recruiters named by callers

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

The Ministry's list of agencies licensed to recruit for work abroad (each imported
list with its date; the agencies of the current one), the checks of it recorded on
contacts, and the agencies, websites, accounts, phone numbers and persons callers name
as recruiters or employers (app/models/recruiters.py).
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
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
    op.create_table('agency_list',
    sa.Column('list_date', sa.Date(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=36), nullable=True),
    sa.Column('source_name', sa.String(length=255), nullable=False),
    sa.Column('agencies', sa.Integer(), nullable=False),
    sa.Column('replaced_at', sa.DateTime(), nullable=True),
    sa.Column('fictional', sa.Boolean(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['imported_by'], ['app_user.id'],
                            name=op.f('fk_agency_list_imported_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency_list'))
    )
    op.create_table('licensed_agency',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('list_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('unp', sa.String(length=9), nullable=False),
    sa.Column('licence_number', sa.String(length=50), nullable=False),
    sa.Column('licence_from', sa.Date(), nullable=True),
    sa.Column('licence_until', sa.Date(), nullable=True),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['agency_list.id'],
                            name=op.f('fk_licensed_agency_list_id_agency_list'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_licensed_agency'))
    )
    with op.batch_alter_table('licensed_agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_licensed_agency_list_id'), ['list_id'],
                              unique=False)

    op.create_table('agency_check',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('checked_by', sa.String(length=36), nullable=True),
    sa.Column('query', sa.String(length=300), nullable=False),
    sa.Column('answer', sa.String(length=20), nullable=False),
    sa.Column('agency_name', sa.String(length=500), nullable=False),
    sa.Column('unp', sa.String(length=9), nullable=False),
    sa.Column('licence_until', sa.Date(), nullable=True),
    sa.Column('list_date', sa.Date(), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['checked_by'], ['app_user.id'],
                            name=op.f('fk_agency_check_checked_by_app_user')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                            name=op.f('fk_agency_check_contact_id_contact'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency_check'))
    )
    with op.batch_alter_table('agency_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_check_contact_id'), ['contact_id'],
                              unique=False)

    op.create_table('recruiter_mention',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('match_key', sa.String(length=300), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('entered_by', sa.String(length=36), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                            name=op.f('fk_recruiter_mention_contact_id_contact'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entered_by'], ['app_user.id'],
                            name=op.f('fk_recruiter_mention_entered_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruiter_mention'))
    )
    with op.batch_alter_table('recruiter_mention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruiter_mention_contact_id'), ['contact_id'],
                              unique=False)
        batch_op.create_index('ix_recruiter_mention_key', ['match_key', 'entered_at'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('recruiter_mention')
    op.drop_table('agency_check')
    op.drop_table('licensed_agency')
    op.drop_table('agency_list')
