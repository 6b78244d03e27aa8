-- 013 on a server: what a national import (3,321 new units, 318,816 values) spent beyond writing its values.

-- Scores are kept in one B-tree, their primary key (criterion, unit, stage), as a file's have been since 008; the
-- index by unit alone (scores_unit) goes. Every read of scores names its criteria, or joins them from a framework, and
-- goes through the primary key: a unit's values, notes and years included (one probe per criterion, 1-2 ms for a
-- national year's unit). What the index served alone was the check of a unit's removal against ON DELETE RESTRICT,
-- which now reads the table (about 20 ms for a national year, as a file does), while an import building the table's
-- keys again sorted it twice: 0.13-0.15 s of a national import's 1.8 s (bench/README.md).
DROP INDEX scores_unit;

-- The chain of the log, as the program computes it (core/storage/AuditLog.cpp, chained() and content()): an entry's
-- hash is the SHA-256, in lower-case hexadecimal, of the previous entry's hash, a record separator (0x1e) and the
-- entry's fourteen columns as text, each apart by a unit separator (0x1f), a NULL as one zero byte. With it the
-- owner's bulk logging (an import's new units and members, thousands of entries in one statement) writes its entries
-- sealed, where sealing them afterwards rewrote each row and its four index entries (0.17-0.23 s of the import). The
-- program still seals every other entry, and "check" verifies every hash the same way, whoever computed it. The
-- functions are STABLE, as convert_to is: declared IMMUTABLE they would not be inlined, and called one by one they cost
-- 20 us an entry instead of 2.
CREATE FUNCTION par_audit_field(p_text TEXT) RETURNS BYTEA LANGUAGE sql STABLE AS $$
    SELECT coalesce(convert_to(p_text, 'UTF8'), decode('00', 'hex'))
$$;

-- The separators as decode() gives them, not as '\x1f' literals: a function's body is read again in each session,
-- where standard_conforming_strings might be off.
CREATE FUNCTION par_audit_content(p_id BIGINT, p_at TEXT, p_actor TEXT, p_source TEXT, p_action TEXT, p_entity TEXT,
                                  p_index_code TEXT, p_year INTEGER, p_unit TEXT, p_criterion TEXT, p_stage TEXT,
                                  p_old_value TEXT, p_new_value TEXT, p_reason TEXT) RETURNS BYTEA
LANGUAGE sql STABLE AS $$
    SELECT par_audit_field(p_id::text) || decode('1f', 'hex') || par_audit_field(p_at) || decode('1f', 'hex')
        || par_audit_field(p_actor) || decode('1f', 'hex') || par_audit_field(p_source) || decode('1f', 'hex')
        || par_audit_field(p_action) || decode('1f', 'hex') || par_audit_field(p_entity) || decode('1f', 'hex')
        || par_audit_field(p_index_code) || decode('1f', 'hex') || par_audit_field(p_year::text) || decode('1f', 'hex')
        || par_audit_field(p_unit) || decode('1f', 'hex') || par_audit_field(p_criterion) || decode('1f', 'hex')
        || par_audit_field(p_stage) || decode('1f', 'hex') || par_audit_field(p_old_value) || decode('1f', 'hex')
        || par_audit_field(p_new_value) || decode('1f', 'hex') || par_audit_field(p_reason)
$$;

-- One link: from the running hash (NULL before the first entry, which links to p_previous, the hash of the entry
-- before, or to nothing at the start of the log).
CREATE FUNCTION par_audit_chain_step(p_running TEXT, p_previous TEXT, p_entry BYTEA) RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(coalesce(p_running, p_previous, ''), 'UTF8') || decode('1e', 'hex') || p_entry),
                  'hex')
$$;

-- As a window aggregate over entries in id order: each entry's hash.
CREATE AGGREGATE par_audit_chain(TEXT, BYTEA) (SFUNC = par_audit_chain_step, STYPE = TEXT);
