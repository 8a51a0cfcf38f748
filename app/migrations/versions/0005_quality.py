"""quality control

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Review rounds (a reproducible random sample of each consultant's contacts), reviews
of contacts against a versioned rubric with their chain of corrections, and the
register of staff meetings, examinations and trainings.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
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
    op.create_table('review_round',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('consultant_ids', sa.JSON(), nullable=False),
    sa.Column('per_consultant', sa.Integer(), nullable=False),
    sa.Column('stratify', sa.String(length=20), nullable=True),
    sa.Column('include_non_data', sa.Boolean(), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=True),
    sa.Column('rubric', sa.String(length=40), nullable=False),
    sa.Column('plan', sa.JSON(), nullable=False),
    sa.Column('available', sa.JSON(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['reviewer_id'], ['app_user.id'], name=op.f('fk_review_round_reviewer_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_round'))
    )
    with op.batch_alter_table('review_round', schema=None) as batch_op:
        batch_op.create_index('ix_review_round_period', ['period_start', 'period_end'], unique=False)

    op.create_table('review',
    sa.Column('round_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('contact_started_at', sa.DateTime(), nullable=True),
    sa.Column('consultant_id', sa.String(length=36), nullable=True),
    sa.Column('reviewer_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('rubric', sa.String(length=40), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('comments', sa.JSON(), nullable=False),
    sa.Column('section_scores', sa.JSON(), nullable=False),
    sa.Column('overall', sa.Float(), nullable=True),
    sa.Column('band', sa.String(length=30), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('read_at', sa.DateTime(), nullable=True),
    sa.Column('chain_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('superseded_at', sa.DateTime(), nullable=True),
    sa.Column('correction_reason', sa.Text(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['round_id'], ['review_round.id'], name=op.f('fk_review_round_id_review_round')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_review_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['consultant_id'], ['app_user.id'], name=op.f('fk_review_consultant_id_app_user')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['app_user.id'], name=op.f('fk_review_reviewer_id_app_user')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['review.id'], name=op.f('fk_review_supersedes_id_review')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index('ix_review_round', ['round_id', 'contact_id'], unique=False)
        batch_op.create_index('ix_review_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_review_consultant', ['consultant_id', 'status', 'completed_at'], unique=False)
        batch_op.create_index('ix_review_chain', ['chain_id', 'revision'], unique=False)

    op.create_table('staff_event',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('participant_ids', sa.JSON(), nullable=False),
    sa.Column('other_participants', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    *_record_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_event'))
    )
    with op.batch_alter_table('staff_event', schema=None) as batch_op:
        batch_op.create_index('ix_staff_event_held_on', ['held_on', 'type'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('staff_event', schema=None) as batch_op:
        batch_op.drop_index('ix_staff_event_held_on')

    op.drop_table('staff_event')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index('ix_review_chain')
        batch_op.drop_index('ix_review_consultant')
        batch_op.drop_index('ix_review_contact')
        batch_op.drop_index('ix_review_round')

    op.drop_table('review')
    with op.batch_alter_table('review_round', schema=None) as batch_op:
        batch_op.drop_index('ix_review_round_period')

    op.drop_table('review_round')
