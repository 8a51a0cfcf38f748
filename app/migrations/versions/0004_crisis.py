"""crisis cases

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Crisis cases opened from the crisis questionnaire: the case with its answers and the
questionnaire version, coded answers (HTCDS methods of control, recruitment methods,
exploitation types; needs), linked contacts, consent per referral target, referrals
and follow-up tasks with due times and status, and the case timeline.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crisis_case',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opened_by', sa.String(length=36), nullable=True),
    sa.Column('organisation', sa.String(length=20), nullable=True),
    sa.Column('crisis_type', sa.String(length=40), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('danger', sa.String(length=20), nullable=False),
    sa.Column('can_speak_freely', sa.String(length=20), nullable=True),
    sa.Column('trafficking_status', sa.String(length=20), nullable=True),
    sa.Column('indicators', sa.JSON(), nullable=False),
    sa.Column('questionnaire', sa.String(length=40), nullable=False),
    sa.Column('questionnaire_version', sa.Integer(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=36), nullable=True),
    sa.Column('closure_reason', sa.String(length=40), nullable=True),
    sa.Column('closure_note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_crisis_case_closed_by_app_user')),
    sa.ForeignKeyConstraint(['opened_by'], ['app_user.id'], name=op.f('fk_crisis_case_opened_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_case')),
    sa.UniqueConstraint('site_id', 'number', name='uq_crisis_case_site_number')
    )
    with op.batch_alter_table('crisis_case', schema=None) as batch_op:
        batch_op.create_index('ix_crisis_case_opened', ['opened_at'], unique=False)
        batch_op.create_index('ix_crisis_case_status_opened', ['status', 'opened_at'], unique=False)
        batch_op.create_index('ix_crisis_case_type_opened', ['crisis_type', 'opened_at'], unique=False)

    op.create_table('crisis_case_code',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('list_name', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_crisis_case_code_case_id_crisis_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'list_name', 'code', name=op.f('pk_crisis_case_code'))
    )
    with op.batch_alter_table('crisis_case_code', schema=None) as batch_op:
        batch_op.create_index('ix_crisis_case_code_list_code', ['list_name', 'code', 'case_id'], unique=False)

    op.create_table('crisis_case_contact',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_crisis_case_contact_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_crisis_case_contact_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_case_contact')),
    sa.UniqueConstraint('case_id', 'contact_id', name='uq_crisis_case_contact_pair')
    )
    with op.batch_alter_table('crisis_case_contact', schema=None) as batch_op:
        batch_op.create_index('ix_crisis_case_contact_contact', ['contact_id'], unique=False)

    op.create_table('crisis_consent',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('given', sa.Boolean(), nullable=False),
    sa.Column('given_by', sa.String(length=20), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_crisis_consent_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['app_user.id'], name=op.f('fk_crisis_consent_recorded_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_consent')),
    sa.UniqueConstraint('case_id', 'target', name='uq_crisis_consent_case_target')
    )
    op.create_table('crisis_referral',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=True),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('status_at', sa.DateTime(), nullable=False),
    sa.Column('proposed', sa.Boolean(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_crisis_referral_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['app_user.id'], name=op.f('fk_crisis_referral_owner_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_referral'))
    )
    with op.batch_alter_table('crisis_referral', schema=None) as batch_op:
        batch_op.create_index('ix_crisis_referral_case', ['case_id'], unique=False)
        batch_op.create_index('ix_crisis_referral_owner_status', ['owner_id', 'status'], unique=False)
        batch_op.create_index('ix_crisis_referral_status_due', ['status', 'due_at'], unique=False)

    op.create_table('crisis_case_event',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('referral_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_crisis_case_event_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_crisis_case_event_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['referral_id'], ['crisis_referral.id'], name=op.f('fk_crisis_case_event_referral_id_crisis_referral'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_crisis_case_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_case_event'))
    )
    with op.batch_alter_table('crisis_case_event', schema=None) as batch_op:
        batch_op.create_index('ix_crisis_case_event_case_at', ['case_id', 'at'], unique=False)
        batch_op.create_index('ix_crisis_case_event_referral', ['referral_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('crisis_case_event', schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_case_event_referral')
        batch_op.drop_index('ix_crisis_case_event_case_at')

    op.drop_table('crisis_case_event')
    with op.batch_alter_table('crisis_referral', schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_referral_status_due')
        batch_op.drop_index('ix_crisis_referral_owner_status')
        batch_op.drop_index('ix_crisis_referral_case')

    op.drop_table('crisis_referral')
    op.drop_table('crisis_consent')
    with op.batch_alter_table('crisis_case_contact', schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_case_contact_contact')

    op.drop_table('crisis_case_contact')
    with op.batch_alter_table('crisis_case_code', schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_case_code_list_code')

    op.drop_table('crisis_case_code')
    with op.batch_alter_table('crisis_case', schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_case_type_opened')
        batch_op.drop_index('ix_crisis_case_status_opened')
        batch_op.drop_index('ix_crisis_case_opened')

    op.drop_table('crisis_case')
