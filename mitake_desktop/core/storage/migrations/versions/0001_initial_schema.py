"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27

Every record type of the domain (see core/schema.py), device identity, batches and history.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('original_name', sa.String(length=255), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_attachment_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('award_program',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('year', sa.BigInteger(), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('deadline', sa.String(length=64), nullable=True),
    sa.Column('eligibility', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('required_sections', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_award_program'))
    )
    with op.batch_alter_table('award_program', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_program_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_program_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_award_program_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_program_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('batch',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('label', sa.Text(), server_default='', nullable=False),
    sa.Column('at', sa.String(length=24), nullable=False),
    sa.Column('actor', sa.String(length=100), server_default='', nullable=False),
    sa.Column('undone', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch'))
    )
    op.create_table('device',
    sa.Column('idx', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('public_key', sa.Text(), nullable=True),
    sa.Column('trusted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('is_local', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('first_seen', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('idx', name=op.f('pk_device')),
    sa.UniqueConstraint('id', name=op.f('uq_device_id'))
    )
    op.create_table('it_tool',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('vendor', sa.String(length=100), nullable=True),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('price_band', sa.String(length=64), nullable=True),
    sa.Column('fits_industries', sa.JSON(), nullable=True),
    sa.Column('fits_sizes', sa.JSON(), nullable=True),
    sa.Column('subsidy_eligible', sa.Boolean(), nullable=True),
    sa.Column('subsidy_program', sa.String(length=64), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_it_tool'))
    )
    with op.batch_alter_table('it_tool', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_it_tool_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_it_tool_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_it_tool_price_band'), ['price_band'], unique=False)
        batch_op.create_index('ix_it_tool_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_it_tool_subsidy_program'), ['subsidy_program'], unique=False)
        batch_op.create_index(batch_op.f('ix_it_tool_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('local_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('name_kana', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=64), nullable=True),
    sa.Column('prefecture', sa.String(length=64), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('industry', sa.String(length=64), nullable=True),
    sa.Column('employees_band', sa.String(length=64), nullable=True),
    sa.Column('capital_band', sa.String(length=64), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_capital_band'), ['capital_band'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_employees_band'), ['employees_band'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_industry'), ['industry'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_prefecture'), ['prefecture'], unique=False)
        batch_op.create_index('ix_organisation_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('award_criterion',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('program_id', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('weight', sa.Float(), nullable=True),
    sa.Column('max_score', sa.BigInteger(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('sort_order', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['award_program.id'], name=op.f('fk_award_criterion_program_id_award_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_award_criterion'))
    )
    with op.batch_alter_table('award_criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_criterion_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_criterion_program_id'), ['program_id'], unique=False)
        batch_op.create_index('ix_award_criterion_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_criterion_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('community',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('prefectures', sa.JSON(), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('industry_focus', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('founded_on', sa.String(length=64), nullable=True),
    sa.Column('coordinating_org_id', sa.String(length=64), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['coordinating_org_id'], ['organisation.id'], name=op.f('fk_community_coordinating_org_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community'))
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_coordinating_org_id'), ['coordinating_org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_founded_on'), ['founded_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_community_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_community_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('history',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('actor', sa.String(length=100), server_default='', nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('old', sa.JSON(), nullable=True),
    sa.Column('new', sa.JSON(), nullable=True),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_history_batch_id_batch')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_history'))
    )
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index('ix_history_entity', ['entity_type', 'entity_id', 'seq'], unique=False)

    op.create_table('nomination',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('program_id', sa.String(length=64), nullable=True),
    sa.Column('nominee_type', sa.String(length=64), nullable=True),
    sa.Column('nominee_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('sections', sa.JSON(), nullable=True),
    sa.Column('attachment_ids', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['award_program.id'], name=op.f('fk_nomination_program_id_award_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nomination'))
    )
    with op.batch_alter_table('nomination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nomination_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_nominee_type'), ['nominee_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_program_id'), ['program_id'], unique=False)
        batch_op.create_index('ix_nomination_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=True),
    sa.Column('reading', sa.String(length=100), nullable=True),
    sa.Column('organisation_id', sa.String(length=64), nullable=True),
    sa.Column('title', sa.String(length=100), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('consent_scope', sa.String(length=64), nullable=True),
    sa.Column('consent_date', sa.String(length=64), nullable=True),
    sa.Column('consent_source', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_consent_date'), ['consent_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_consent_scope'), ['consent_scope'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index('ix_person_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('case_study',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('organisation_id', sa.String(length=64), nullable=True),
    sa.Column('leader_id', sa.String(length=64), nullable=True),
    sa.Column('community_id', sa.String(length=64), nullable=True),
    sa.Column('supporter_org_ids', sa.JSON(), nullable=True),
    sa.Column('prefecture', sa.String(length=64), nullable=True),
    sa.Column('industry', sa.String(length=64), nullable=True),
    sa.Column('employees_band', sa.String(length=64), nullable=True),
    sa.Column('capital_band', sa.String(length=64), nullable=True),
    sa.Column('it_tool_ids', sa.JSON(), nullable=True),
    sa.Column('cost_yen', sa.BigInteger(), nullable=True),
    sa.Column('subsidy_program', sa.String(length=64), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('story_issue', sa.Text(), nullable=True),
    sa.Column('story_approach', sa.Text(), nullable=True),
    sa.Column('story_team', sa.Text(), nullable=True),
    sa.Column('story_results', sa.Text(), nullable=True),
    sa.Column('photo_ids', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('publication_consent', sa.Boolean(), nullable=True),
    sa.Column('consent_date', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_case_study_community_id_community')),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_case_study_leader_id_person')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_case_study_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_study'))
    )
    with op.batch_alter_table('case_study', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_study_capital_band'), ['capital_band'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_consent_date'), ['consent_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_employees_band'), ['employees_band'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_industry'), ['industry'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_leader_id'), ['leader_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_prefecture'), ['prefecture'], unique=False)
        batch_op.create_index('ix_case_study_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_subsidy_program'), ['subsidy_program'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_study_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=64), nullable=True),
    sa.Column('community_id', sa.String(length=64), nullable=True),
    sa.Column('organiser_id', sa.String(length=64), nullable=True),
    sa.Column('starts_at', sa.String(length=64), nullable=True),
    sa.Column('ends_at', sa.String(length=64), nullable=True),
    sa.Column('venue', sa.String(length=200), nullable=True),
    sa.Column('format', sa.String(length=64), nullable=True),
    sa.Column('capacity', sa.BigInteger(), nullable=True),
    sa.Column('speaker_ids', sa.JSON(), nullable=True),
    sa.Column('topics', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_event_community_id_community')),
    sa.ForeignKeyConstraint(['organiser_id'], ['organisation.id'], name=op.f('fk_event_organiser_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_ends_at'), ['ends_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_format'), ['format'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_organiser_id'), ['organiser_id'], unique=False)
        batch_op.create_index('ix_event_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=True),
    sa.Column('community_id', sa.String(length=64), nullable=True),
    sa.Column('role', sa.String(length=64), nullable=True),
    sa.Column('since', sa.String(length=64), nullable=True),
    sa.Column('until', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_membership_community_id_community')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_role'), ['role'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_since'), ['since'], unique=False)
        batch_op.create_index('ix_membership_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_until'), ['until'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('nomination_score',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('nomination_id', sa.String(length=64), nullable=True),
    sa.Column('criterion_id', sa.String(length=64), nullable=True),
    sa.Column('reviewer', sa.String(length=100), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('comment', sa.String(length=2000), nullable=True),
    sa.ForeignKeyConstraint(['criterion_id'], ['award_criterion.id'], name=op.f('fk_nomination_score_criterion_id_award_criterion')),
    sa.ForeignKeyConstraint(['nomination_id'], ['nomination.id'], name=op.f('fk_nomination_score_nomination_id_nomination')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nomination_score'))
    )
    with op.batch_alter_table('nomination_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nomination_score_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_score_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_score_nomination_id'), ['nomination_id'], unique=False)
        batch_op.create_index('ix_nomination_score_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_score_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('opinion_leader_profile',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=True),
    sa.Column('community_id', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('how_found', sa.String(length=64), nullable=True),
    sa.Column('found_note', sa.String(length=500), nullable=True),
    sa.Column('expertise', sa.String(length=500), nullable=True),
    sa.Column('it_tool_ids', sa.JSON(), nullable=True),
    sa.Column('industry', sa.String(length=64), nullable=True),
    sa.Column('employees_band', sa.String(length=64), nullable=True),
    sa.Column('story', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_opinion_leader_profile_community_id_community')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_opinion_leader_profile_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opinion_leader_profile'))
    )
    with op.batch_alter_table('opinion_leader_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_employees_band'), ['employees_band'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_how_found'), ['how_found'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_industry'), ['industry'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_opinion_leader_profile_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_leader_profile_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('case_figure',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('case_study_id', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=64), nullable=True),
    sa.Column('metric', sa.String(length=100), nullable=True),
    sa.Column('unit', sa.String(length=30), nullable=True),
    sa.Column('period', sa.String(length=50), nullable=True),
    sa.Column('before', sa.Float(), nullable=True),
    sa.Column('after', sa.Float(), nullable=True),
    sa.Column('sort_order', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['case_study_id'], ['case_study.id'], name=op.f('fk_case_figure_case_study_id_case_study')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_figure'))
    )
    with op.batch_alter_table('case_figure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_figure_case_study_id'), ['case_study_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_figure_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_figure_lseq'), ['lseq'], unique=False)
        batch_op.create_index('ix_case_figure_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_figure_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.Column('person_id', sa.String(length=64), nullable=True),
    sa.Column('organisation_id', sa.String(length=64), nullable=True),
    sa.Column('owner_id', sa.String(length=64), nullable=True),
    sa.Column('topic', sa.String(length=64), nullable=True),
    sa.Column('due_on', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_follow_up_event_id_event')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_follow_up_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_follow_up_owner_id_person')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_follow_up_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_follow_up_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_topic'), ['topic'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('matching_meeting',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.Column('firm_person_id', sa.String(length=64), nullable=True),
    sa.Column('provider_person_id', sa.String(length=64), nullable=True),
    sa.Column('slot_start', sa.String(length=64), nullable=True),
    sa.Column('slot_end', sa.String(length=64), nullable=True),
    sa.Column('table_no', sa.String(length=20), nullable=True),
    sa.Column('outcome', sa.String(length=64), nullable=True),
    sa.Column('it_tool_id', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_matching_meeting_event_id_event')),
    sa.ForeignKeyConstraint(['firm_person_id'], ['person.id'], name=op.f('fk_matching_meeting_firm_person_id_person')),
    sa.ForeignKeyConstraint(['it_tool_id'], ['it_tool.id'], name=op.f('fk_matching_meeting_it_tool_id_it_tool')),
    sa.ForeignKeyConstraint(['provider_person_id'], ['person.id'], name=op.f('fk_matching_meeting_provider_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_meeting'))
    )
    with op.batch_alter_table('matching_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matching_meeting_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_firm_person_id'), ['firm_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_it_tool_id'), ['it_tool_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_outcome'), ['outcome'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_provider_person_id'), ['provider_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_slot_end'), ['slot_end'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_slot_start'), ['slot_start'], unique=False)
        batch_op.create_index('ix_matching_meeting_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matching_meeting_updated_hlc'), ['updated_hlc'], unique=False)

    op.create_table('registration',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.BigInteger(), nullable=False),
    sa.Column('sort_key', sa.Text(), server_default='', nullable=False),
    sa.Column('lseq', sa.BigInteger(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.Column('person_id', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=64), nullable=True),
    sa.Column('participant_role', sa.String(length=64), nullable=True),
    sa.Column('registered_at', sa.String(length=64), nullable=True),
    sa.Column('checked_in_at', sa.String(length=64), nullable=True),
    sa.Column('satisfaction', sa.BigInteger(), nullable=True),
    sa.Column('comment', sa.String(length=2000), nullable=True),
    sa.Column('interests', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_registration_event_id_event')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_registration_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration'))
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_checked_in_at'), ['checked_in_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_lseq'), ['lseq'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_participant_role'), ['participant_role'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_registered_at'), ['registered_at'], unique=False)
        batch_op.create_index('ix_registration_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_registration_updated_hlc'), ['updated_hlc'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_registration_status'))
        batch_op.drop_index('ix_registration_sort')
        batch_op.drop_index(batch_op.f('ix_registration_registered_at'))
        batch_op.drop_index(batch_op.f('ix_registration_person_id'))
        batch_op.drop_index(batch_op.f('ix_registration_participant_role'))
        batch_op.drop_index(batch_op.f('ix_registration_lseq'))
        batch_op.drop_index(batch_op.f('ix_registration_event_id'))
        batch_op.drop_index(batch_op.f('ix_registration_checked_in_at'))

    op.drop_table('registration')
    with op.batch_alter_table('matching_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matching_meeting_updated_hlc'))
        batch_op.drop_index('ix_matching_meeting_sort')
        batch_op.drop_index(batch_op.f('ix_matching_meeting_slot_start'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_slot_end'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_provider_person_id'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_outcome'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_lseq'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_it_tool_id'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_firm_person_id'))
        batch_op.drop_index(batch_op.f('ix_matching_meeting_event_id'))

    op.drop_table('matching_meeting')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_follow_up_topic'))
        batch_op.drop_index(batch_op.f('ix_follow_up_status'))
        batch_op.drop_index('ix_follow_up_sort')
        batch_op.drop_index(batch_op.f('ix_follow_up_person_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_owner_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_lseq'))
        batch_op.drop_index(batch_op.f('ix_follow_up_event_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_on'))

    op.drop_table('follow_up')
    with op.batch_alter_table('case_figure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_figure_updated_hlc'))
        batch_op.drop_index('ix_case_figure_sort')
        batch_op.drop_index(batch_op.f('ix_case_figure_lseq'))
        batch_op.drop_index(batch_op.f('ix_case_figure_kind'))
        batch_op.drop_index(batch_op.f('ix_case_figure_case_study_id'))

    op.drop_table('case_figure')
    with op.batch_alter_table('opinion_leader_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_status'))
        batch_op.drop_index('ix_opinion_leader_profile_sort')
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_person_id'))
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_lseq'))
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_industry'))
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_how_found'))
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_employees_band'))
        batch_op.drop_index(batch_op.f('ix_opinion_leader_profile_community_id'))

    op.drop_table('opinion_leader_profile')
    with op.batch_alter_table('nomination_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nomination_score_updated_hlc'))
        batch_op.drop_index('ix_nomination_score_sort')
        batch_op.drop_index(batch_op.f('ix_nomination_score_nomination_id'))
        batch_op.drop_index(batch_op.f('ix_nomination_score_lseq'))
        batch_op.drop_index(batch_op.f('ix_nomination_score_criterion_id'))

    op.drop_table('nomination_score')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_membership_until'))
        batch_op.drop_index('ix_membership_sort')
        batch_op.drop_index(batch_op.f('ix_membership_since'))
        batch_op.drop_index(batch_op.f('ix_membership_role'))
        batch_op.drop_index(batch_op.f('ix_membership_person_id'))
        batch_op.drop_index(batch_op.f('ix_membership_lseq'))
        batch_op.drop_index(batch_op.f('ix_membership_community_id'))

    op.drop_table('membership')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_event_status'))
        batch_op.drop_index(batch_op.f('ix_event_starts_at'))
        batch_op.drop_index('ix_event_sort')
        batch_op.drop_index(batch_op.f('ix_event_organiser_id'))
        batch_op.drop_index(batch_op.f('ix_event_lseq'))
        batch_op.drop_index(batch_op.f('ix_event_kind'))
        batch_op.drop_index(batch_op.f('ix_event_format'))
        batch_op.drop_index(batch_op.f('ix_event_ends_at'))
        batch_op.drop_index(batch_op.f('ix_event_community_id'))

    op.drop_table('event')
    with op.batch_alter_table('case_study', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_study_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_case_study_subsidy_program'))
        batch_op.drop_index(batch_op.f('ix_case_study_status'))
        batch_op.drop_index('ix_case_study_sort')
        batch_op.drop_index(batch_op.f('ix_case_study_prefecture'))
        batch_op.drop_index(batch_op.f('ix_case_study_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_case_study_lseq'))
        batch_op.drop_index(batch_op.f('ix_case_study_leader_id'))
        batch_op.drop_index(batch_op.f('ix_case_study_industry'))
        batch_op.drop_index(batch_op.f('ix_case_study_employees_band'))
        batch_op.drop_index(batch_op.f('ix_case_study_consent_date'))
        batch_op.drop_index(batch_op.f('ix_case_study_community_id'))
        batch_op.drop_index(batch_op.f('ix_case_study_capital_band'))

    op.drop_table('case_study')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_updated_hlc'))
        batch_op.drop_index('ix_person_sort')
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_person_lseq'))
        batch_op.drop_index(batch_op.f('ix_person_consent_scope'))
        batch_op.drop_index(batch_op.f('ix_person_consent_date'))

    op.drop_table('person')
    with op.batch_alter_table('nomination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nomination_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_nomination_status'))
        batch_op.drop_index('ix_nomination_sort')
        batch_op.drop_index(batch_op.f('ix_nomination_program_id'))
        batch_op.drop_index(batch_op.f('ix_nomination_nominee_type'))
        batch_op.drop_index(batch_op.f('ix_nomination_lseq'))

    op.drop_table('nomination')
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index('ix_history_entity')
        batch_op.drop_index(batch_op.f('ix_history_batch_id'))

    op.drop_table('history')
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_community_status'))
        batch_op.drop_index('ix_community_sort')
        batch_op.drop_index(batch_op.f('ix_community_lseq'))
        batch_op.drop_index(batch_op.f('ix_community_founded_on'))
        batch_op.drop_index(batch_op.f('ix_community_coordinating_org_id'))

    op.drop_table('community')
    with op.batch_alter_table('award_criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_criterion_updated_hlc'))
        batch_op.drop_index('ix_award_criterion_sort')
        batch_op.drop_index(batch_op.f('ix_award_criterion_program_id'))
        batch_op.drop_index(batch_op.f('ix_award_criterion_lseq'))

    op.drop_table('award_criterion')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_updated_hlc'))
        batch_op.drop_index('ix_organisation_sort')
        batch_op.drop_index(batch_op.f('ix_organisation_prefecture'))
        batch_op.drop_index(batch_op.f('ix_organisation_lseq'))
        batch_op.drop_index(batch_op.f('ix_organisation_kind'))
        batch_op.drop_index(batch_op.f('ix_organisation_industry'))
        batch_op.drop_index(batch_op.f('ix_organisation_employees_band'))
        batch_op.drop_index(batch_op.f('ix_organisation_capital_band'))

    op.drop_table('organisation')
    op.drop_table('local_state')
    with op.batch_alter_table('it_tool', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_it_tool_updated_hlc'))
        batch_op.drop_index(batch_op.f('ix_it_tool_subsidy_program'))
        batch_op.drop_index('ix_it_tool_sort')
        batch_op.drop_index(batch_op.f('ix_it_tool_price_band'))
        batch_op.drop_index(batch_op.f('ix_it_tool_lseq'))
        batch_op.drop_index(batch_op.f('ix_it_tool_category'))

    op.drop_table('it_tool')
    op.drop_table('device')
    op.drop_table('batch')
    with op.batch_alter_table('award_program', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_program_updated_hlc'))
        batch_op.drop_index('ix_award_program_sort')
        batch_op.drop_index(batch_op.f('ix_award_program_lseq'))
        batch_op.drop_index(batch_op.f('ix_award_program_deadline'))

    op.drop_table('award_program')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_updated_hlc'))
        batch_op.drop_index('ix_attachment_sort')
        batch_op.drop_index(batch_op.f('ix_attachment_lseq'))

    op.drop_table('attachment')
