-- Version 5: a true audit trail and a lock that holds against every program.
--
-- Who, why and from where live only for the transaction that makes a change: parindex inserts the one row of
-- audit_context right after BEGIN IMMEDIATE and deletes it before COMMIT (AuditLog::beginChange / endChange), so
-- no other connection ever sees it. A change made by any other program (the sqlite3 shell) finds no row and is
-- logged as "outside parindex" / "external". SQLite refuses a TEMP table in a trigger of the main schema ("cannot
-- reference objects in database temp"), which is why the row lives in main, but only inside a write transaction,
-- and only one write transaction runs at a time.
--
-- The log is append-only (triggers refuse DELETE and any UPDATE but sealing) and chained: parindex seals every
-- new entry before COMMIT with hash = SHA-256(previous hash, entry), and "parindex check" recomputes the chain, so
-- an edit or a deletion made with the triggers dropped is still seen. AUTOINCREMENT keeps ids gap-free and
-- remembers the highest id in sqlite_sequence, so a deleted last entry shows too.
--
-- INSERT OR REPLACE deletes the old row without firing delete triggers; a BEFORE INSERT trigger on every logged
-- table records the row it is about to replace (action "replace"), so the old value is never lost. parindex itself
-- never writes through an upsert on these tables (Catalog updates, then inserts what is missing).

DROP TRIGGER IF EXISTS scores_audit_insert;
DROP TRIGGER IF EXISTS scores_audit_update;
DROP TRIGGER IF EXISTS scores_audit_delete;
DROP TRIGGER IF EXISTS criteria_audit_insert;
DROP TRIGGER IF EXISTS criteria_audit_update;
DROP TRIGGER IF EXISTS criteria_audit_delete;
DROP TRIGGER IF EXISTS criteria_audit_move;
DROP TRIGGER IF EXISTS frameworks_audit_insert;
DROP TRIGGER IF EXISTS frameworks_audit_delete;
DROP TRIGGER IF EXISTS bands_audit_insert;
DROP TRIGGER IF EXISTS bands_audit_delete;
DROP TRIGGER IF EXISTS units_audit_insert;
DROP TRIGGER IF EXISTS units_audit_update;
DROP TRIGGER IF EXISTS units_audit_delete;
DROP TRIGGER IF EXISTS finalisations_audit_insert;
DROP TRIGGER IF EXISTS finalisations_audit_delete;
DROP TRIGGER IF EXISTS cohort_members_audit_insert;
DROP TRIGGER IF EXISTS cohort_members_audit_delete;

DROP TABLE audit_context;
CREATE TABLE audit_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    actor TEXT NOT NULL,
    reason TEXT,
    source TEXT NOT NULL,
    reopen INTEGER NOT NULL DEFAULT 0 -- set by reopen: the only way a finalisation is removed
);

CREATE TABLE audit_log_v5 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'parindex',
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    index_code TEXT,
    year INTEGER,
    unit TEXT,
    criterion TEXT,
    stage TEXT,
    old_value TEXT,
    new_value TEXT,
    reason TEXT,
    hash TEXT
);
INSERT INTO audit_log_v5 (id, at, actor, source, action, entity, index_code, year, unit, criterion, stage, old_value,
                          new_value, reason)
SELECT id, at, actor, 'parindex', action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason
FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v5 RENAME TO audit_log;
CREATE INDEX audit_log_year ON audit_log (index_code, year);
CREATE INDEX audit_log_unit ON audit_log (unit);
CREATE INDEX audit_log_actor ON audit_log (actor);
-- Sealing finds the entries that have no hash yet without reading the whole log.
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
  OR NEW.actor IS NOT OLD.actor OR NEW.source IS NOT OLD.source OR NEW.action IS NOT OLD.action
  OR NEW.entity IS NOT OLD.entity OR NEW.index_code IS NOT OLD.index_code OR NEW.year IS NOT OLD.year
  OR NEW.unit IS NOT OLD.unit OR NEW.criterion IS NOT OLD.criterion OR NEW.stage IS NOT OLD.stage
  OR NEW.old_value IS NOT OLD.old_value OR NEW.new_value IS NOT OLD.new_value OR NEW.reason IS NOT OLD.reason
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- When, who, from where and why, for the triggers below.
CREATE VIEW audit_now AS
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at,
       coalesce((SELECT actor FROM audit_context WHERE id = 1), 'outside parindex') AS actor,
       coalesce((SELECT source FROM audit_context WHERE id = 1), 'external') AS source,
       (SELECT reason FROM audit_context WHERE id = 1) AS reason;

-- Scores
CREATE TRIGGER scores_audit_replace BEFORE INSERT ON scores
WHEN EXISTS (SELECT 1 FROM scores o WHERE o.unit_id = NEW.unit_id AND o.criterion_id = NEW.criterion_id AND o.stage = NEW.stage)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = o.unit_id), sc.criterion, o.stage, CASE WHEN o.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', o.value_micro / 1000000, o.value_micro % 1000000), '0'), '.') END
    FROM audit_now n JOIN scores o ON o.unit_id = NEW.unit_id AND o.criterion_id = NEW.criterion_id AND o.stage = NEW.stage LEFT JOIN score_context sc ON sc.criterion_id = o.criterion_id;
END;

CREATE TRIGGER scores_audit_insert AFTER INSERT ON scores
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = NEW.unit_id), sc.criterion, NEW.stage, CASE WHEN NEW.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', NEW.value_micro / 1000000, NEW.value_micro % 1000000), '0'), '.') END
    FROM audit_now n LEFT JOIN score_context sc ON sc.criterion_id = NEW.criterion_id;
END;

CREATE TRIGGER scores_audit_update AFTER UPDATE ON scores
WHEN OLD.value_micro IS NOT NEW.value_micro OR OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence OR OLD.unit_id IS NOT NEW.unit_id OR OLD.criterion_id IS NOT NEW.criterion_id OR OLD.stage IS NOT NEW.stage
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = NEW.unit_id), sc.criterion, NEW.stage,
           CASE WHEN OLD.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', OLD.value_micro / 1000000, OLD.value_micro % 1000000), '0'), '.') END || CASE WHEN OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence THEN ' [' || coalesce(OLD.note, '') || ' | ' || coalesce(OLD.evidence, '') || ']' ELSE '' END,
           CASE WHEN NEW.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', NEW.value_micro / 1000000, NEW.value_micro % 1000000), '0'), '.') END || CASE WHEN OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence THEN ' [' || coalesce(NEW.note, '') || ' | ' || coalesce(NEW.evidence, '') || ']' ELSE '' END
    FROM audit_now n LEFT JOIN score_context sc ON sc.criterion_id = NEW.criterion_id;
END;

CREATE TRIGGER scores_audit_delete BEFORE DELETE ON scores
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = OLD.unit_id), sc.criterion, OLD.stage, CASE WHEN OLD.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', OLD.value_micro / 1000000, OLD.value_micro % 1000000), '0'), '.') END
    FROM audit_now n LEFT JOIN score_context sc ON sc.criterion_id = OLD.criterion_id;
END;

-- Criteria
CREATE TRIGGER criteria_audit_replace BEFORE INSERT ON criteria
WHEN EXISTS (SELECT 1 FROM criteria o WHERE o.id = NEW.id OR (o.framework_id = NEW.framework_id AND o.code = NEW.code))
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, criterion, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'criterion', i.code, f.year, o.code, o.code || ' / ' || o.title || ' / ' || rtrim(rtrim(printf('%d.%06d', o.max_micro / 1000000, o.max_micro % 1000000), '0'), '.') || ' / ' || o.aggregation || ' / ' || coalesce(o.lead_unit, '')
    FROM audit_now n JOIN criteria o ON o.id = NEW.id OR (o.framework_id = NEW.framework_id AND o.code = NEW.code) LEFT JOIN frameworks f ON f.id = o.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

CREATE TRIGGER criteria_audit_insert AFTER INSERT ON criteria
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, criterion, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'criterion', i.code, f.year, NEW.code, NEW.code || ' / ' || NEW.title || ' / ' || rtrim(rtrim(printf('%d.%06d', NEW.max_micro / 1000000, NEW.max_micro % 1000000), '0'), '.') || ' / ' || NEW.aggregation || ' / ' || coalesce(NEW.lead_unit, '')
    FROM audit_now n LEFT JOIN frameworks f ON f.id = NEW.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

CREATE TRIGGER criteria_audit_update AFTER UPDATE ON criteria
WHEN OLD.code IS NOT NEW.code OR OLD.title IS NOT NEW.title OR OLD.max_micro IS NOT NEW.max_micro OR OLD.aggregation IS NOT NEW.aggregation OR OLD.lead_unit IS NOT NEW.lead_unit OR OLD.parent_id IS NOT NEW.parent_id OR OLD.framework_id IS NOT NEW.framework_id
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, criterion, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'criterion', i.code, f.year, NEW.code, OLD.code || ' / ' || OLD.title || ' / ' || rtrim(rtrim(printf('%d.%06d', OLD.max_micro / 1000000, OLD.max_micro % 1000000), '0'), '.') || ' / ' || OLD.aggregation || ' / ' || coalesce(OLD.lead_unit, ''), NEW.code || ' / ' || NEW.title || ' / ' || rtrim(rtrim(printf('%d.%06d', NEW.max_micro / 1000000, NEW.max_micro % 1000000), '0'), '.') || ' / ' || NEW.aggregation || ' / ' || coalesce(NEW.lead_unit, '')
    FROM audit_now n LEFT JOIN frameworks f ON f.id = NEW.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

-- A move within the parent reads as before (version 4).
CREATE TRIGGER criteria_audit_move AFTER UPDATE OF position ON criteria
WHEN OLD.position IS NOT NEW.position
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, criterion, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'criterion', i.code, f.year, NEW.code, 'position ' || OLD.position,
           'position ' || NEW.position
    FROM audit_now n LEFT JOIN frameworks f ON f.id = NEW.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

CREATE TRIGGER criteria_audit_delete BEFORE DELETE ON criteria
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, criterion, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'criterion', i.code, f.year, OLD.code, OLD.code || ' / ' || OLD.title || ' / ' || rtrim(rtrim(printf('%d.%06d', OLD.max_micro / 1000000, OLD.max_micro % 1000000), '0'), '.') || ' / ' || OLD.aggregation || ' / ' || coalesce(OLD.lead_unit, '')
    FROM audit_now n LEFT JOIN frameworks f ON f.id = OLD.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

-- Frameworks
CREATE TRIGGER frameworks_audit_replace BEFORE INSERT ON frameworks
WHEN EXISTS (SELECT 1 FROM frameworks o WHERE o.id = NEW.id OR (o.index_id = NEW.index_id AND o.year = NEW.year))
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'framework', i.code, o.year, 'decision ' || coalesce(o.decision, '')
    FROM audit_now n JOIN frameworks o ON o.id = NEW.id OR (o.index_id = NEW.index_id AND o.year = NEW.year) LEFT JOIN indices i ON i.id = o.index_id;
END;

CREATE TRIGGER frameworks_audit_insert AFTER INSERT ON frameworks
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'framework', i.code, NEW.year, 'decision ' || coalesce(NEW.decision, '')
    FROM audit_now n LEFT JOIN indices i ON i.id = NEW.index_id;
END;

CREATE TRIGGER frameworks_audit_update AFTER UPDATE ON frameworks
WHEN OLD.index_id IS NOT NEW.index_id OR OLD.year IS NOT NEW.year OR OLD.decision IS NOT NEW.decision
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'framework', i.code, NEW.year, (SELECT code FROM indices WHERE id = OLD.index_id) || ' ' || OLD.year || ' / ' || 'decision ' || coalesce(OLD.decision, ''), i.code || ' ' || NEW.year || ' / ' || 'decision ' || coalesce(NEW.decision, '')
    FROM audit_now n LEFT JOIN indices i ON i.id = NEW.index_id;
END;

CREATE TRIGGER frameworks_audit_delete BEFORE DELETE ON frameworks
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'framework', i.code, OLD.year, 'decision ' || coalesce(OLD.decision, '')
    FROM audit_now n LEFT JOIN indices i ON i.id = OLD.index_id;
END;

-- Bands
CREATE TRIGGER bands_audit_replace BEFORE INSERT ON bands
WHEN EXISTS (SELECT 1 FROM bands o WHERE o.id = NEW.id OR (o.framework_id = NEW.framework_id AND o.min_percent_micro = NEW.min_percent_micro))
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'band', i.code, f.year, o.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', o.min_percent_micro / 1000000, o.min_percent_micro % 1000000), '0'), '.') || '%'
    FROM audit_now n JOIN bands o ON o.id = NEW.id OR (o.framework_id = NEW.framework_id AND o.min_percent_micro = NEW.min_percent_micro) LEFT JOIN frameworks f ON f.id = o.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

CREATE TRIGGER bands_audit_insert AFTER INSERT ON bands
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'band', i.code, f.year, NEW.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', NEW.min_percent_micro / 1000000, NEW.min_percent_micro % 1000000), '0'), '.') || '%'
    FROM audit_now n LEFT JOIN frameworks f ON f.id = NEW.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

CREATE TRIGGER bands_audit_update AFTER UPDATE ON bands
WHEN OLD.label IS NOT NEW.label OR OLD.min_percent_micro IS NOT NEW.min_percent_micro OR OLD.framework_id IS NOT NEW.framework_id
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'band', i.code, f.year, OLD.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', OLD.min_percent_micro / 1000000, OLD.min_percent_micro % 1000000), '0'), '.') || '%', NEW.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', NEW.min_percent_micro / 1000000, NEW.min_percent_micro % 1000000), '0'), '.') || '%'
    FROM audit_now n LEFT JOIN frameworks f ON f.id = NEW.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

CREATE TRIGGER bands_audit_delete BEFORE DELETE ON bands
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'band', i.code, f.year, OLD.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', OLD.min_percent_micro / 1000000, OLD.min_percent_micro % 1000000), '0'), '.') || '%'
    FROM audit_now n LEFT JOIN frameworks f ON f.id = OLD.framework_id LEFT JOIN indices i ON i.id = f.index_id;
END;

-- Units
CREATE TRIGGER units_audit_replace BEFORE INSERT ON units
WHEN EXISTS (SELECT 1 FROM units o WHERE o.id = NEW.id OR o.code = NEW.code)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'unit', o.name, coalesce(o.code, '') || ' / ' || o.name || ' / ' || o.kind || ' / ' || coalesce(o.valid_from, '') || '-' || coalesce(o.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = o.successor_id), '')
    FROM audit_now n JOIN units o ON o.id = NEW.id OR o.code = NEW.code;
END;

CREATE TRIGGER units_audit_insert AFTER INSERT ON units
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, unit, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'unit', NEW.name, coalesce(NEW.code, '') || ' / ' || NEW.name || ' / ' || NEW.kind || ' / ' || coalesce(NEW.valid_from, '') || '-' || coalesce(NEW.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = NEW.successor_id), '')
    FROM audit_now n;
END;

CREATE TRIGGER units_audit_update AFTER UPDATE ON units
WHEN OLD.id IS NOT NEW.id OR OLD.code IS NOT NEW.code OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.valid_from IS NOT NEW.valid_from OR OLD.valid_to IS NOT NEW.valid_to OR OLD.successor_id IS NOT NEW.successor_id
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, unit, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'unit', NEW.name, coalesce(OLD.code, '') || ' / ' || OLD.name || ' / ' || OLD.kind || ' / ' || coalesce(OLD.valid_from, '') || '-' || coalesce(OLD.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = OLD.successor_id), ''), coalesce(NEW.code, '') || ' / ' || NEW.name || ' / ' || NEW.kind || ' / ' || coalesce(NEW.valid_from, '') || '-' || coalesce(NEW.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = NEW.successor_id), '')
    FROM audit_now n;
END;

CREATE TRIGGER units_audit_delete BEFORE DELETE ON units
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'unit', OLD.name, coalesce(OLD.code, '') || ' / ' || OLD.name || ' / ' || OLD.kind || ' / ' || coalesce(OLD.valid_from, '') || '-' || coalesce(OLD.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = OLD.successor_id), '')
    FROM audit_now n;
END;

-- Indices
CREATE TRIGGER indices_audit_replace BEFORE INSERT ON indices
WHEN EXISTS (SELECT 1 FROM indices o WHERE o.id = NEW.id OR o.code = NEW.code)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'index', o.code, o.code || ' / ' || o.name || ' / ' || o.aggregation || ' / ' || coalesce((SELECT name FROM units WHERE id = o.main_unit_id), '') || ' / ' || CASE WHEN o.illustrative THEN 'illustrative' ELSE 'real' END
    FROM audit_now n JOIN indices o ON o.id = NEW.id OR o.code = NEW.code;
END;

CREATE TRIGGER indices_audit_insert AFTER INSERT ON indices
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'index', NEW.code, NEW.code || ' / ' || NEW.name || ' / ' || NEW.aggregation || ' / ' || coalesce((SELECT name FROM units WHERE id = NEW.main_unit_id), '') || ' / ' || CASE WHEN NEW.illustrative THEN 'illustrative' ELSE 'real' END
    FROM audit_now n;
END;

CREATE TRIGGER indices_audit_update AFTER UPDATE ON indices
WHEN OLD.id IS NOT NEW.id OR OLD.code IS NOT NEW.code OR OLD.name IS NOT NEW.name OR OLD.aggregation IS NOT NEW.aggregation OR OLD.main_unit_id IS NOT NEW.main_unit_id OR OLD.illustrative IS NOT NEW.illustrative
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'index', NEW.code, OLD.code || ' / ' || OLD.name || ' / ' || OLD.aggregation || ' / ' || coalesce((SELECT name FROM units WHERE id = OLD.main_unit_id), '') || ' / ' || CASE WHEN OLD.illustrative THEN 'illustrative' ELSE 'real' END, NEW.code || ' / ' || NEW.name || ' / ' || NEW.aggregation || ' / ' || coalesce((SELECT name FROM units WHERE id = NEW.main_unit_id), '') || ' / ' || CASE WHEN NEW.illustrative THEN 'illustrative' ELSE 'real' END
    FROM audit_now n;
END;

CREATE TRIGGER indices_audit_delete BEFORE DELETE ON indices
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'index', OLD.code, OLD.code || ' / ' || OLD.name || ' / ' || OLD.aggregation || ' / ' || coalesce((SELECT name FROM units WHERE id = OLD.main_unit_id), '') || ' / ' || CASE WHEN OLD.illustrative THEN 'illustrative' ELSE 'real' END
    FROM audit_now n;
END;

-- Cohorts
CREATE TRIGGER cohorts_audit_replace BEFORE INSERT ON cohorts
WHEN EXISTS (SELECT 1 FROM cohorts o WHERE o.id = NEW.id OR (o.index_id = NEW.index_id AND o.name = NEW.name))
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'cohort', i.code, o.name || ' / ' || coalesce(o.unit_kind, '') || CASE WHEN o.is_default THEN ' / default' ELSE '' END
    FROM audit_now n JOIN cohorts o ON o.id = NEW.id OR (o.index_id = NEW.index_id AND o.name = NEW.name) LEFT JOIN indices i ON i.id = o.index_id;
END;

CREATE TRIGGER cohorts_audit_insert AFTER INSERT ON cohorts
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'cohort', i.code, NEW.name || ' / ' || coalesce(NEW.unit_kind, '') || CASE WHEN NEW.is_default THEN ' / default' ELSE '' END
    FROM audit_now n LEFT JOIN indices i ON i.id = NEW.index_id;
END;

CREATE TRIGGER cohorts_audit_update AFTER UPDATE ON cohorts
WHEN OLD.id IS NOT NEW.id OR OLD.index_id IS NOT NEW.index_id OR OLD.name IS NOT NEW.name OR OLD.unit_kind IS NOT NEW.unit_kind OR OLD.is_default IS NOT NEW.is_default
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'cohort', i.code, OLD.name || ' / ' || coalesce(OLD.unit_kind, '') || CASE WHEN OLD.is_default THEN ' / default' ELSE '' END, NEW.name || ' / ' || coalesce(NEW.unit_kind, '') || CASE WHEN NEW.is_default THEN ' / default' ELSE '' END
    FROM audit_now n LEFT JOIN indices i ON i.id = NEW.index_id;
END;

CREATE TRIGGER cohorts_audit_delete BEFORE DELETE ON cohorts
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'cohort', i.code, OLD.name || ' / ' || coalesce(OLD.unit_kind, '') || CASE WHEN OLD.is_default THEN ' / default' ELSE '' END
    FROM audit_now n LEFT JOIN indices i ON i.id = OLD.index_id;
END;

-- Cohort members
CREATE TRIGGER cohort_members_audit_replace BEFORE INSERT ON cohort_members
WHEN EXISTS (SELECT 1 FROM cohort_members o WHERE o.cohort_id = NEW.cohort_id AND o.year = NEW.year AND o.unit_id = NEW.unit_id)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'cohort-member', i.code, NEW.year, (SELECT name FROM units WHERE id = NEW.unit_id), co.name
    FROM audit_now n LEFT JOIN cohorts co ON co.id = NEW.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

CREATE TRIGGER cohort_members_audit_insert AFTER INSERT ON cohort_members
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'cohort-member', i.code, NEW.year, (SELECT name FROM units WHERE id = NEW.unit_id), co.name
    FROM audit_now n LEFT JOIN cohorts co ON co.id = NEW.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

CREATE TRIGGER cohort_members_audit_update AFTER UPDATE ON cohort_members
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'cohort-member', i.code, NEW.year, (SELECT name FROM units WHERE id = NEW.unit_id), (SELECT name FROM cohorts WHERE id = OLD.cohort_id) || ' ' || OLD.year || ' / ' || (SELECT name FROM units WHERE id = OLD.unit_id), co.name || ' ' || NEW.year || ' / ' || (SELECT name FROM units WHERE id = NEW.unit_id)
    FROM audit_now n LEFT JOIN cohorts co ON co.id = NEW.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

CREATE TRIGGER cohort_members_audit_delete BEFORE DELETE ON cohort_members
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'cohort-member', i.code, OLD.year, (SELECT name FROM units WHERE id = OLD.unit_id), co.name
    FROM audit_now n LEFT JOIN cohorts co ON co.id = OLD.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

-- Published ranks
CREATE TRIGGER published_ranks_audit_replace BEFORE INSERT ON published_ranks
WHEN EXISTS (SELECT 1 FROM published_ranks o WHERE o.cohort_id = NEW.cohort_id AND o.year = NEW.year AND o.unit_id = NEW.unit_id)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'published-rank', i.code, o.year, (SELECT name FROM units WHERE id = o.unit_id), o.rank || '/' || o.of_count || coalesce(' (' || o.source || ')', '')
    FROM audit_now n JOIN published_ranks o ON o.cohort_id = NEW.cohort_id AND o.year = NEW.year AND o.unit_id = NEW.unit_id LEFT JOIN indices i ON i.id = o.index_id;
END;

CREATE TRIGGER published_ranks_audit_insert AFTER INSERT ON published_ranks
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'published-rank', i.code, NEW.year, (SELECT name FROM units WHERE id = NEW.unit_id), NEW.rank || '/' || NEW.of_count || coalesce(' (' || NEW.source || ')', '')
    FROM audit_now n LEFT JOIN indices i ON i.id = NEW.index_id;
END;

CREATE TRIGGER published_ranks_audit_update AFTER UPDATE ON published_ranks
WHEN OLD.rank IS NOT NEW.rank OR OLD.of_count IS NOT NEW.of_count OR OLD.source IS NOT NEW.source OR OLD.index_id IS NOT NEW.index_id OR OLD.year IS NOT NEW.year OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.unit_id IS NOT NEW.unit_id
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'published-rank', i.code, NEW.year, (SELECT name FROM units WHERE id = NEW.unit_id), OLD.rank || '/' || OLD.of_count || coalesce(' (' || OLD.source || ')', ''), NEW.rank || '/' || NEW.of_count || coalesce(' (' || NEW.source || ')', '')
    FROM audit_now n LEFT JOIN indices i ON i.id = NEW.index_id;
END;

CREATE TRIGGER published_ranks_audit_delete BEFORE DELETE ON published_ranks
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'published-rank', i.code, OLD.year, (SELECT name FROM units WHERE id = OLD.unit_id), OLD.rank || '/' || OLD.of_count || coalesce(' (' || OLD.source || ')', '')
    FROM audit_now n LEFT JOIN indices i ON i.id = OLD.index_id;
END;

-- Finalisations
CREATE TRIGGER finalisations_audit_replace BEFORE INSERT ON finalisations
WHEN EXISTS (SELECT 1 FROM finalisations o WHERE o.cohort_id = NEW.cohort_id AND o.year = NEW.year)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'cohort-year', i.code, NEW.year, co.name || ' / ' || o.finalised_by || ' ' || o.finalised_at
    FROM audit_now n JOIN finalisations o ON o.cohort_id = NEW.cohort_id AND o.year = NEW.year LEFT JOIN cohorts co ON co.id = o.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

CREATE TRIGGER finalisations_audit_insert AFTER INSERT ON finalisations
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'finalise', 'cohort-year', i.code, NEW.year, co.name
    FROM audit_now n LEFT JOIN cohorts co ON co.id = NEW.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

CREATE TRIGGER finalisations_audit_update AFTER UPDATE ON finalisations
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'cohort-year', i.code, NEW.year, co.name || ' / ' || OLD.finalised_by || ' ' || OLD.finalised_at, co.name || ' / ' || NEW.finalised_by || ' ' || NEW.finalised_at
    FROM audit_now n LEFT JOIN cohorts co ON co.id = NEW.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

CREATE TRIGGER finalisations_audit_delete BEFORE DELETE ON finalisations
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'reopen', 'cohort-year', i.code, OLD.year, co.name
    FROM audit_now n LEFT JOIN cohorts co ON co.id = OLD.cohort_id LEFT JOIN indices i ON i.id = co.index_id;
END;

-- The lock: a finalised cohort-year refuses changes to its members, published ranks and framework from any program
-- (its scores are guarded since version 1). A finalisation is removed only by reopen, which sets audit_context.reopen
-- inside its own transaction; a plain DELETE from another program is refused.
CREATE TRIGGER finalisations_locked_delete BEFORE DELETE ON finalisations
WHEN coalesce((SELECT reopen FROM audit_context WHERE id = 1), 0) = 0
BEGIN
    SELECT RAISE(ABORT, 'finalised: only "parindex reopen" with a reason removes a finalisation');
END;

CREATE TRIGGER finalisations_locked_update BEFORE UPDATE ON finalisations
WHEN coalesce((SELECT reopen FROM audit_context WHERE id = 1), 0) = 0
BEGIN
    SELECT RAISE(ABORT, 'finalised: only "parindex reopen" with a reason changes a finalisation');
END;

CREATE TRIGGER finalisations_locked_replace BEFORE INSERT ON finalisations
WHEN EXISTS (SELECT 1 FROM finalisations o WHERE o.cohort_id = NEW.cohort_id AND o.year = NEW.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: the cohort-year is already final');
END;

CREATE TRIGGER cohort_members_locked_insert BEFORE INSERT ON cohort_members
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = NEW.cohort_id AND z.year = NEW.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its members');
END;

CREATE TRIGGER published_ranks_locked_insert BEFORE INSERT ON published_ranks
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = NEW.cohort_id AND z.year = NEW.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its published ranks');
END;

CREATE TRIGGER criteria_locked_insert BEFORE INSERT ON criteria
WHEN EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = NEW.framework_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER bands_locked_insert BEFORE INSERT ON bands
WHEN EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = NEW.framework_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER cohort_members_locked_delete BEFORE DELETE ON cohort_members
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = OLD.cohort_id AND z.year = OLD.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its members');
END;

CREATE TRIGGER published_ranks_locked_delete BEFORE DELETE ON published_ranks
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = OLD.cohort_id AND z.year = OLD.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its published ranks');
END;

CREATE TRIGGER criteria_locked_delete BEFORE DELETE ON criteria
WHEN EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = OLD.framework_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER bands_locked_delete BEFORE DELETE ON bands
WHEN EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = OLD.framework_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER frameworks_locked_delete BEFORE DELETE ON frameworks
WHEN EXISTS (SELECT 1 FROM cohorts co JOIN finalisations z ON z.cohort_id = co.id AND z.year = OLD.year WHERE co.index_id = OLD.index_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER cohort_members_locked_update BEFORE UPDATE ON cohort_members
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = OLD.cohort_id AND z.year = OLD.year)
  OR EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = NEW.cohort_id AND z.year = NEW.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its members');
END;

CREATE TRIGGER published_ranks_locked_update BEFORE UPDATE ON published_ranks
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = OLD.cohort_id AND z.year = OLD.year)
  OR EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = NEW.cohort_id AND z.year = NEW.year)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its published ranks');
END;

CREATE TRIGGER criteria_locked_update BEFORE UPDATE ON criteria
WHEN (NEW.max_micro IS NOT OLD.max_micro OR NEW.aggregation IS NOT OLD.aggregation OR NEW.parent_id IS NOT OLD.parent_id OR NEW.framework_id IS NOT OLD.framework_id OR NEW.code IS NOT OLD.code)
  AND (EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = OLD.framework_id)
  OR EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = NEW.framework_id))
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER bands_locked_update BEFORE UPDATE ON bands
WHEN (NEW.min_percent_micro IS NOT OLD.min_percent_micro OR NEW.label IS NOT OLD.label OR NEW.framework_id IS NOT OLD.framework_id)
  AND (EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = OLD.framework_id)
  OR EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = NEW.framework_id))
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

CREATE TRIGGER frameworks_locked_update BEFORE UPDATE ON frameworks
WHEN (NEW.index_id IS NOT OLD.index_id OR NEW.year IS NOT OLD.year) AND EXISTS (SELECT 1 FROM cohorts co JOIN finalisations z ON z.cohort_id = co.id AND z.year = OLD.year WHERE co.index_id = OLD.index_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its framework');
END;

-- The sqlite3 shell runs without foreign keys, so the rows a finalised cohort-year rests on are guarded directly.
CREATE TRIGGER units_locked_delete BEFORE DELETE ON units
WHEN EXISTS (SELECT 1 FROM cohort_members m JOIN finalisations z ON z.cohort_id = m.cohort_id AND z.year = m.year
             WHERE m.unit_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before removing its units');
END;

CREATE TRIGGER cohorts_locked_delete BEFORE DELETE ON cohorts
WHEN EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before removing its cohort');
END;

CREATE TRIGGER cohorts_locked_update BEFORE UPDATE OF id, index_id ON cohorts
WHEN (NEW.id IS NOT OLD.id OR NEW.index_id IS NOT OLD.index_id) AND EXISTS (SELECT 1 FROM finalisations z WHERE z.cohort_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before moving its cohort');
END;

CREATE TRIGGER indices_locked_delete BEFORE DELETE ON indices
WHEN EXISTS (SELECT 1 FROM cohorts co JOIN finalisations z ON z.cohort_id = co.id WHERE co.index_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before removing its index');
END;

CREATE TRIGGER indices_locked_update BEFORE UPDATE OF id, aggregation ON indices
WHEN (NEW.id IS NOT OLD.id OR NEW.aggregation IS NOT OLD.aggregation) AND EXISTS (SELECT 1 FROM cohorts co JOIN finalisations z ON z.cohort_id = co.id WHERE co.index_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing how its index aggregates');
END;

CREATE TRIGGER units_locked_update BEFORE UPDATE OF id ON units
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM cohort_members m JOIN finalisations z ON z.cohort_id = m.cohort_id AND z.year = m.year
             WHERE m.unit_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before renumbering its units');
END;

-- A score may not be moved into a finalised cohort-year either.
CREATE TRIGGER scores_locked_update_new BEFORE UPDATE ON scores
WHEN EXISTS (
    SELECT 1 FROM score_context sc
    JOIN cohorts co ON co.index_id = sc.index_id
    JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = sc.year
    JOIN cohort_members m ON m.cohort_id = co.id AND m.year = sc.year AND m.unit_id = NEW.unit_id
    WHERE sc.criterion_id = NEW.criterion_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its scores');
END;
