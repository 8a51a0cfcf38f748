"""the report's text blocks and the information campaigns

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

A manager writes the published report's text (introduction, comments, conclusion) in
the app; each block is kept with the report's period and organisation. A manager also
records the infoline's information campaigns (name, dates, channel) to see what each
did to the contacts. Two tables of their own (app/models/reports.py), local to the
site.
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_text",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("organisation", sa.String(40), nullable=False),
        sa.Column("block", sa.String(40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_report_text"),
        sa.UniqueConstraint("period_from", "period_to", "organisation", "block",
                            name="uq_report_text_block"),
    )


    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_campaign"),
    )


def downgrade() -> None:
    op.drop_table("campaign")
    op.drop_table("report_text")
