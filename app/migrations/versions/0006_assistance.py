"""assistance cases

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

Assistance cases of (presumed) trafficked persons: the client (the only personal data
the app requires), relatives involved, trafficking status and who decided it,
exploitation in HTCDS codes, consent records, services (Table 3 of the 2013 report),
referrals with their lifecycle, monitoring visits and the case timeline; and the log of
printed case summaries (pdf_print) for the audit log.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pdf_print',
    sa.Column('case_kind', sa.String(length=20), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('case_number', sa.String(length=20), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('printed_by', sa.String(length=200), nullable=False),
    sa.Column('redacted', sa.Boolean(), nullable=False),
    sa.Column('lang', sa.String(length=5), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_pdf_print_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pdf_print'))
    )
    with op.batch_alter_table('pdf_print', schema=None) as batch_op:
        batch_op.create_index('ix_pdf_print_at', ['printed_at'], unique=False)
        batch_op.create_index('ix_pdf_print_case', ['case_id', 'printed_at'], unique=False)

    op.create_table('assistance_case',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opened_by', sa.String(length=36), nullable=True),
    sa.Column('specialist_id', sa.String(length=36), nullable=True),
    sa.Column('organisation', sa.String(length=20), nullable=True),
    sa.Column('crisis_case_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('client_name', sa.String(length=200), nullable=False),
    sa.Column('client_gender', sa.String(length=20), nullable=False),
    sa.Column('client_birth_date', sa.Date(), nullable=True),
    sa.Column('client_phone', sa.String(length=40), nullable=False),
    sa.Column('client_email', sa.String(length=200), nullable=False),
    sa.Column('client_address', sa.Text(), nullable=False),
    sa.Column('client_region', sa.String(length=20), nullable=True),
    sa.Column('client_citizenship', sa.String(length=2), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('trafficking_status', sa.String(length=20), nullable=True),
    sa.Column('status_decided_by', sa.String(length=30), nullable=True),
    sa.Column('status_decided_on', sa.Date(), nullable=True),
    sa.Column('exploitation_country', sa.String(length=2), nullable=True),
    sa.Column('exploitation_from', sa.Date(), nullable=True),
    sa.Column('exploitation_to', sa.Date(), nullable=True),
    sa.Column('exploitation_notes', sa.Text(), nullable=False),
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
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_assistance_case_closed_by_app_user')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_assistance_case_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['crisis_case_id'], ['crisis_case.id'], name=op.f('fk_assistance_case_crisis_case_id_crisis_case'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opened_by'], ['app_user.id'], name=op.f('fk_assistance_case_opened_by_app_user')),
    sa.ForeignKeyConstraint(['specialist_id'], ['app_user.id'], name=op.f('fk_assistance_case_specialist_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_case')),
    sa.UniqueConstraint('site_id', 'number', name='uq_assistance_case_site_number')
    )
    with op.batch_alter_table('assistance_case', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_case_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_assistance_case_crisis', ['crisis_case_id'], unique=False)
        batch_op.create_index('ix_assistance_case_opened', ['opened_at'], unique=False)
        batch_op.create_index('ix_assistance_case_status_opened', ['status', 'opened_at'], unique=False)

    op.create_table('assistance_case_code',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('list_name', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_case_code_case_id_assistance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'list_name', 'code', name=op.f('pk_assistance_case_code'))
    )
    with op.batch_alter_table('assistance_case_code', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_case_code_list_code', ['list_name', 'code', 'case_id'], unique=False)

    op.create_table('assistance_consent',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('scope', sa.String(length=30), nullable=False),
    sa.Column('recipient', sa.String(length=40), nullable=False),
    sa.Column('recipient_name', sa.String(length=300), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_consent_case_id_assistance_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['app_user.id'], name=op.f('fk_assistance_consent_recorded_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_consent'))
    )
    with op.batch_alter_table('assistance_consent', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_consent_case', ['case_id'], unique=False)

    op.create_table('assistance_event',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_event_case_id_assistance_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_assistance_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_event'))
    )
    with op.batch_alter_table('assistance_event', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_event_case_at', ['case_id', 'at'], unique=False)

    op.create_table('assistance_monitoring',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('visit_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('specialist_id', sa.String(length=36), nullable=True),
    sa.Column('housing', sa.String(length=20), nullable=False),
    sa.Column('housing_note', sa.Text(), nullable=False),
    sa.Column('work', sa.String(length=20), nullable=False),
    sa.Column('work_note', sa.Text(), nullable=False),
    sa.Column('health', sa.String(length=20), nullable=False),
    sa.Column('health_note', sa.Text(), nullable=False),
    sa.Column('safety', sa.String(length=20), nullable=False),
    sa.Column('safety_note', sa.Text(), nullable=False),
    sa.Column('legal', sa.String(length=20), nullable=False),
    sa.Column('legal_note', sa.Text(), nullable=False),
    sa.Column('change', sa.String(length=20), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('next_visit_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_monitoring_case_id_assistance_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['specialist_id'], ['app_user.id'], name=op.f('fk_assistance_monitoring_specialist_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_monitoring'))
    )
    with op.batch_alter_table('assistance_monitoring', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_monitoring_case', ['case_id', 'visit_on'], unique=False)

    op.create_table('assistance_referral',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('status_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_referral_case_id_assistance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_referral'))
    )
    with op.batch_alter_table('assistance_referral', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_referral_case', ['case_id'], unique=False)
        batch_op.create_index('ix_assistance_referral_status', ['status'], unique=False)

    op.create_table('assistance_relative',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('assisted', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_relative_case_id_assistance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_relative'))
    )
    with op.batch_alter_table('assistance_relative', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_relative_case', ['case_id'], unique=False)

    op.create_table('assistance_service',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('service', sa.String(length=40), nullable=False),
    sa.Column('service_on', sa.Date(), nullable=False),
    sa.Column('provider', sa.String(length=20), nullable=False),
    sa.Column('provider_name', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cost_minor', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['assistance_case.id'], name=op.f('fk_assistance_service_case_id_assistance_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_service'))
    )
    with op.batch_alter_table('assistance_service', schema=None) as batch_op:
        batch_op.create_index('ix_assistance_service_case', ['case_id', 'service_on'], unique=False)
        batch_op.create_index('ix_assistance_service_type_on', ['service', 'service_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assistance_service', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_service_type_on')
        batch_op.drop_index('ix_assistance_service_case')

    op.drop_table('assistance_service')
    with op.batch_alter_table('assistance_relative', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_relative_case')

    op.drop_table('assistance_relative')
    with op.batch_alter_table('assistance_referral', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_referral_status')
        batch_op.drop_index('ix_assistance_referral_case')

    op.drop_table('assistance_referral')
    with op.batch_alter_table('assistance_monitoring', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_monitoring_case')

    op.drop_table('assistance_monitoring')
    with op.batch_alter_table('assistance_event', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_event_case_at')

    op.drop_table('assistance_event')
    with op.batch_alter_table('assistance_consent', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_consent_case')

    op.drop_table('assistance_consent')
    with op.batch_alter_table('assistance_case_code', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_case_code_list_code')

    op.drop_table('assistance_case_code')
    with op.batch_alter_table('assistance_case', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_case_status_opened')
        batch_op.drop_index('ix_assistance_case_opened')
        batch_op.drop_index('ix_assistance_case_crisis')
        batch_op.drop_index('ix_assistance_case_contact')

    op.drop_table('assistance_case')
    with op.batch_alter_table('pdf_print', schema=None) as batch_op:
        batch_op.drop_index('ix_pdf_print_case')
        batch_op.drop_index('ix_pdf_print_at')

    op.drop_table('pdf_print')
