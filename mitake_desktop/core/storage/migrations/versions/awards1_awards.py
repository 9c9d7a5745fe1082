"""awards: figure direction, eligibility rules, figures and fingerprints copied into nominations

Revision ID: awards1
Revises: 0002
Create Date: 2026-11-28

- ``case_figure.better`` (higher / lower): whether a rising figure is good. Empty means "guess from
  the metric and unit" (hours, minutes, error counts… are better lower), so change percentages can
  be called an improvement or not.
- ``award_program.eligibility_rules``: the machine-checkable part of a program's eligibility
  (nominee types, employees, the SME Basic Act limits, consent, supporter, community) as JSON;
  the Markdown ``eligibility`` stays the text shown to people.
- ``nomination.figures``: the before/after rows copied from the case study, editable per nomination.
- ``nomination.pulled``: SHA-256 per section of the text last copied from the case study, so
  "refresh from case study" can tell an edited section (kept) from an untouched one (updated).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "awards1"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_figure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("better", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_case_figure_better"), ["better"], unique=False)
    with op.batch_alter_table("award_program", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eligibility_rules", sa.JSON(), nullable=True))
    with op.batch_alter_table("nomination", schema=None) as batch_op:
        batch_op.add_column(sa.Column("figures", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("pulled", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("nomination", schema=None) as batch_op:
        batch_op.drop_column("pulled")
        batch_op.drop_column("figures")
    with op.batch_alter_table("award_program", schema=None) as batch_op:
        batch_op.drop_column("eligibility_rules")
    with op.batch_alter_table("case_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_figure_better"))
        batch_op.drop_column("better")
