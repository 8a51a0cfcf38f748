"""the shift: tasks, their history, handover notes, debrief requests

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

Agreed callbacks become tasks with a due time and an owner (``shift_task``); handing
one to a colleague, moving it and closing it are kept in ``shift_task_event``. A
consultant leaves notes for the next shift (``handover_note``) and may ask a
supervisor for a debrief after a hard call (``debrief_request``). Every table is a
synchronisable record; nothing existing changes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
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
    op.create_table('handover_note',
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('written_by', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['written_by'], ['app_user.id'], name=op.f('fk_handover_note_written_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_note'))
    )
    with op.batch_alter_table('handover_note', schema=None) as batch_op:
        batch_op.create_index('ix_handover_note_written', ['written_at'], unique=False)

    op.create_table('debrief_request',
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('requested_by', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=True),
    sa.Column('seen_by', sa.String(length=36), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_debrief_request_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['requested_by'], ['app_user.id'], name=op.f('fk_debrief_request_requested_by_app_user')),
    sa.ForeignKeyConstraint(['seen_by'], ['app_user.id'], name=op.f('fk_debrief_request_seen_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debrief_request'))
    )
    with op.batch_alter_table('debrief_request', schema=None) as batch_op:
        batch_op.create_index('ix_debrief_request_status', ['status', 'requested_at'], unique=False)

    op.create_table('shift_task',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('caller_id', sa.String(length=36), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('outside_hours', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=36), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=False),
    sa.Column('done_contact_id', sa.String(length=36), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['caller_id'], ['caller.id'], name=op.f('fk_shift_task_caller_id_caller'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_shift_task_closed_by_app_user')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_shift_task_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_shift_task_created_by_app_user')),
    sa.ForeignKeyConstraint(['done_contact_id'], ['contact.id'], name=op.f('fk_shift_task_done_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['app_user.id'], name=op.f('fk_shift_task_owner_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_task'))
    )
    with op.batch_alter_table('shift_task', schema=None) as batch_op:
        batch_op.create_index('ix_shift_task_caller', ['caller_id'], unique=False)
        batch_op.create_index('ix_shift_task_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_shift_task_owner_status_due', ['owner_id', 'status', 'due_at'], unique=False)
        batch_op.create_index('ix_shift_task_status_due', ['status', 'due_at'], unique=False)

    op.create_table('shift_task_event',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('from_user_id', sa.String(length=36), nullable=True),
    sa.Column('to_user_id', sa.String(length=36), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['from_user_id'], ['app_user.id'], name=op.f('fk_shift_task_event_from_user_id_app_user')),
    sa.ForeignKeyConstraint(['task_id'], ['shift_task.id'], name=op.f('fk_shift_task_event_task_id_shift_task'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_user_id'], ['app_user.id'], name=op.f('fk_shift_task_event_to_user_id_app_user')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_shift_task_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_task_event'))
    )
    with op.batch_alter_table('shift_task_event', schema=None) as batch_op:
        batch_op.create_index('ix_shift_task_event_task_at', ['task_id', 'at'], unique=False)


def downgrade() -> None:
    op.drop_table('shift_task_event')
    op.drop_table('shift_task')
    op.drop_table('debrief_request')
    op.drop_table('handover_note')
