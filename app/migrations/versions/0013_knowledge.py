"""knowledge base: vetted articles and checklists

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

Articles and checklists written and approved by supervisors, in Russian and
Belarusian, with the topics and destinations they answer, every saved revision kept
whole, and which revision of which article was given to the caller in which contact.
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
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
        batch_op.create_index('ix_knowledge_article_title', ['title_ru'], unique=False)

    _create_search_index()

    op.create_table('knowledge_topic',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_topic_article_id_knowledge_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'topic', name=op.f('pk_knowledge_topic'))
    )
    with op.batch_alter_table('knowledge_topic', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_topic_topic', ['topic', 'article_id'], unique=False)

    op.create_table('knowledge_destination',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['knowledge_article.id'], name=op.f('fk_knowledge_destination_article_id_knowledge_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'country', name=op.f('pk_knowledge_destination'))
    )
    with op.batch_alter_table('knowledge_destination', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_destination_country', ['country', 'article_id'], unique=False)

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


_TITLE = "substr({row}.search_key, 1, instr({row}.search_key, ' | '))"
_BODY = "substr({row}.search_key, instr({row}.search_key, ' | ') + 3)"


def _create_search_index() -> None:
    """Contentless FTS5 index of the articles' folded words, titles and texts apart
    (search ranks a title's match first), keyed by the article row's rowid.

    The folded ``search_key`` (case, ё→е, Latin accents: app.services.knowledge) is
    "<title words> | <text words>"; the triggers split it. The app never runs VACUUM,
    which could renumber rowids; app.services.knowledge.service.rebuild_index rebuilds
    the index from the articles if ever needed.
    """
    op.execute("CREATE VIRTUAL TABLE knowledge_fts USING fts5("
               "title, body, content='', tokenize='unicode61 remove_diacritics 0')")
    new = {"t": _TITLE.format(row="new"), "b": _BODY.format(row="new")}
    old = {"t": _TITLE.format(row="old"), "b": _BODY.format(row="old")}
    insert = f"INSERT INTO knowledge_fts(rowid, title, body) VALUES (new.rowid, {new['t']}, {new['b']});"
    delete = (f"INSERT INTO knowledge_fts(knowledge_fts, rowid, title, body) "
              f"VALUES ('delete', old.rowid, {old['t']}, {old['b']});")
    op.execute(f"CREATE TRIGGER knowledge_fts_ai AFTER INSERT ON knowledge_article BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER knowledge_fts_ad AFTER DELETE ON knowledge_article BEGIN {delete} END")
    op.execute("CREATE TRIGGER knowledge_fts_au AFTER UPDATE OF search_key ON knowledge_article "
               f"BEGIN {delete} {insert} END")


def downgrade() -> None:
    for name in ("knowledge_fts_au", "knowledge_fts_ad", "knowledge_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS knowledge_fts")
    for table, indexes in (
            ('contact_knowledge_given', ('ix_contact_knowledge_given_article',)),
            ('knowledge_revision', ('ix_knowledge_revision_article',)),
            ('knowledge_destination', ('ix_knowledge_destination_country',)),
            ('knowledge_topic', ('ix_knowledge_topic_topic',)),
            ('knowledge_article', ('ix_knowledge_article_status',
                                   'ix_knowledge_article_title'))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for index in indexes:
                batch_op.drop_index(index)
        op.drop_table(table)
