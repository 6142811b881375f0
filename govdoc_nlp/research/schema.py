"""The columns of the research tables: name → pandas dtype, in order. ``docs/CODEBOOK.md`` documents
each one; a test keeps the two in step."""

from __future__ import annotations

S, I, F, B = "string", "Int64", "Float64", "boolean"  # noqa: E741

REPLY_COLUMNS: dict[str, str] = {
    # identity and quality
    "doc_id": S, "source_path": S, "format": S, "title": S, "doc_type": S, "is_reply": B, "date": S,
    "warnings": S, "n_warnings": I, "ocr_confidence": F, "min_confidence": F, "versions": S,
    # who
    "issuer": S, "level": S, "sector": S, "body": S, "session": S, "year": I, "number": S,
    "n_proposal_numbers": I, "addressee_count": I, "addressee_role": S, "addressee_kind": S, "collective": B,
    "handling": S,
    # where
    "province": S, "prefecture": S, "county": S, "adcode": S, "geo_source": S,
    # when and which
    "session_year": I, "session_year_source": S, "reply_lag_days": I, "proposal_key": S,
    # outcome
    "category_stated": S, "category_stated_abc": S, "category_inferred": S, "category_cue": S,
    "category_score_a": F, "category_score_b": F, "category_score_c": F, "category": S,
    # promises
    "n_commitments": I, "deadline_share": F, "n_with_deadline": I,
    "n_strength_done": I, "n_strength_firm": I, "n_strength_planned": I, "n_strength_vague": I,
    "share_strength_done": F, "share_strength_firm": F, "share_strength_planned": F, "share_strength_vague": F,
    "n_targets": I, "targets": S, "promised_money_yuan": F, "money_yuan": F, "commitment_chars": I,
    # specificity
    "body_chars": I, "n_sentences": I, "n_numbers": I, "n_dates": I, "n_cited_documents": I, "cited_documents": S,
    "n_organisations": I, "numbers_per_1k": F, "dates_per_1k": F, "documents_per_1k": F, "organisations_per_1k": F,
    "past_sentence_share": F, "promise_sentence_share": F, "boilerplate_share": F,
    # engagement
    "contact_stated": B, "contact_kinds": S, "contact_cues": S, "satisfaction": S, "n_co_handlers": I,
    "co_handlers": S, "co_handling_mentions": I,
    # topic
    "cap_major": I, "cap_label": S, "cap_evidence": S, "topic": S, "topic_share": F,
}

COMMITMENT_COLUMNS: dict[str, str] = {
    "doc_id": S, "index": I, "text": S, "marker": S, "strength": S, "kind": S, "section": I, "section_path": S,
    "has_deadline": B, "deadline_text": S, "deadline_date": S, "n_targets": I, "targets": S, "money_yuan": F,
    "chars": I, "start": I, "end": I,
}

SECTION_COLUMNS: dict[str, str] = {
    "doc_id": S, "index": I, "level": I, "number": S, "heading": S, "marker": S, "parent": I, "path": S,
    "chars": I, "n_items": I, "n_commitments": I, "start": I, "end": I,
}

# The reply table's dtypes, for ``pd.read_csv("vars.csv", dtype=DTYPES)``.
DTYPES: dict[str, str] = REPLY_COLUMNS
TABLES: dict[str, dict[str, str]] = {"replies": REPLY_COLUMNS, "commitments": COMMITMENT_COLUMNS, "sections": SECTION_COLUMNS}


def table_of(columns: list[str]) -> str:
    """Which table a set of column names belongs to: 'commitments', 'sections' or 'replies'."""
    if "strength" in columns and "has_deadline" in columns:
        return "commitments"
    if "heading" in columns and "n_items" in columns:
        return "sections"
    return "replies"
