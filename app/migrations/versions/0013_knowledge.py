"""knowledge base: vetted articles and checklists

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-07

Articles and checklists written and approved by supervisors, in Russian and
Belarusian, with the topics and destinations they answer, every saved revision kept
whole, and which revision of which article was given to the caller in which contact.
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('knowledge_article',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('title_ru', sa.String(length=200), nullable=False),
    sa.Column('title_be', sa.String(length=200), nullable=False),
    sa.Column('body_ru', sa.Text(), nullable=False),
    sa.Column('body_be', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=36), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('reviewed_by', sa.String(length=36), nullable=True),
    sa.Column('fictional', sa.Boolean(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by'], ['app_user.id'], name=op.f('fk_knowledge_article_approved_by_app_user')),
    sa.ForeignKeyConstraint(['owner_id'], ['app_user.id'], name=op.f('fk_knowledge_article_owner_id_app_user')),
    sa.ForeignKeyConstraint(['reviewed_by'], ['app_user.id'], name=op.f('fk_knowledge_article_reviewed_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_article'))
    )
    with op.batch_alter_table('knowledge_article', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_article_status', ['status', 'reviewed_at'], unique=False)

    op.create_table('knowledge_topic',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_topic_article_id_knowledge_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'topic', name=op.f('pk_knowledge_topic'))
    )
    with op.batch_alter_table('knowledge_topic', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_topic_topic', ['topic'], unique=False)

    op.create_table('knowledge_destination',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_destination_article_id_knowledge_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'country', name=op.f('pk_knowledge_destination'))
    )
    with op.batch_alter_table('knowledge_destination', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_destination_country', ['country'], unique=False)

    op.create_table('knowledge_revision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_revision_article_id_knowledge_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_knowledge_revision_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_revision'))
    )
    with op.batch_alter_table('knowledge_revision', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_revision_article', ['article_id', 'saved_at'], unique=False)

    op.create_table('contact_knowledge_given',
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_contact_knowledge_given_article_id_knowledge_article')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_knowledge_given_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_contact_knowledge_given_user_id_app_user')),
    sa.PrimaryKeyConstraint('contact_id', 'article_id', name=op.f('pk_contact_knowledge_given'))
    )
    with op.batch_alter_table('contact_knowledge_given', schema=None) as batch_op:
        batch_op.create_index('ix_contact_knowledge_given_article', ['article_id', 'given_at'], unique=False)


def downgrade() -> None:
    for table, index in (
            ('contact_knowledge_given', 'ix_contact_knowledge_given_article'),
            ('knowledge_revision', 'ix_knowledge_revision_article'),
            ('knowledge_destination', 'ix_knowledge_destination_country'),
            ('knowledge_topic', 'ix_knowledge_topic_topic'),
            ('knowledge_article', 'ix_knowledge_article_status')):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
        op.drop_table(table)
