-- 008: scores become one B-tree. The table was a rowid table with two indexes (its primary key and the covering
-- scores_by_criterion); now it is a WITHOUT ROWID table keyed by (criterion_id, unit_id, stage), which serves the
-- ranking (a criterion's values, in unit order), one unit's values (criterion, unit) and the upsert of an import,
-- whose values are appended in key order. Values, notes and evidence are copied as they are; the copy writes no
-- audit rows (the triggers are made again after it), and the triggers are the same as before, word for word.

CREATE TABLE scores_new (
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE RESTRICT,
    stage TEXT NOT NULL CHECK (stage IN ('self', 'final')),
    value_micro INTEGER CHECK (value_micro IS NULL OR value_micro >= 0),
    note TEXT,
    evidence TEXT,
    PRIMARY KEY (criterion_id, unit_id, stage)
) WITHOUT ROWID;

INSERT INTO scores_new (criterion_id, unit_id, stage, value_micro, note, evidence)
SELECT criterion_id, unit_id, stage, value_micro, note, evidence FROM scores ORDER BY criterion_id, unit_id, stage;

-- Drops the old table's index and triggers with it.
DROP TABLE scores;
ALTER TABLE scores_new RENAME TO scores;

-- The triggers of migrations 001 and 005, unchanged.
CREATE TRIGGER scores_audit_delete BEFORE DELETE ON scores
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = OLD.unit_id), sc.criterion, OLD.stage, CASE WHEN OLD.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', OLD.value_micro / 1000000, OLD.value_micro % 1000000), '0'), '.') END
    FROM audit_now n LEFT JOIN score_context sc ON sc.criterion_id = OLD.criterion_id;
END;

CREATE TRIGGER scores_audit_insert AFTER INSERT ON scores
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = NEW.unit_id), sc.criterion, NEW.stage, CASE WHEN NEW.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', NEW.value_micro / 1000000, NEW.value_micro % 1000000), '0'), '.') END
    FROM audit_now n LEFT JOIN score_context sc ON sc.criterion_id = NEW.criterion_id;
END;

CREATE TRIGGER scores_audit_replace BEFORE INSERT ON scores
WHEN EXISTS (SELECT 1 FROM scores o WHERE o.unit_id = NEW.unit_id AND o.criterion_id = NEW.criterion_id AND o.stage = NEW.stage)
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'replace', 'score', sc.index_code, sc.year, (SELECT name FROM units WHERE id = o.unit_id), sc.criterion, o.stage, CASE WHEN o.value_micro IS NULL THEN NULL ELSE rtrim(rtrim(printf('%d.%06d', o.value_micro / 1000000, o.value_micro % 1000000), '0'), '.') END
    FROM audit_now n JOIN scores o ON o.unit_id = NEW.unit_id AND o.criterion_id = NEW.criterion_id AND o.stage = NEW.stage LEFT JOIN score_context sc ON sc.criterion_id = o.criterion_id;
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

CREATE TRIGGER scores_locked_delete BEFORE DELETE ON scores
WHEN EXISTS (
    SELECT 1 FROM score_context sc
    JOIN cohorts co ON co.index_id = sc.index_id
    JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = sc.year
    JOIN cohort_members m ON m.cohort_id = co.id AND m.year = sc.year AND m.unit_id = OLD.unit_id
    WHERE sc.criterion_id = OLD.criterion_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its scores');
END;

CREATE TRIGGER scores_locked_insert BEFORE INSERT ON scores
WHEN EXISTS (
    SELECT 1 FROM score_context sc
    JOIN cohorts co ON co.index_id = sc.index_id
    JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = sc.year
    JOIN cohort_members m ON m.cohort_id = co.id AND m.year = sc.year AND m.unit_id = NEW.unit_id
    WHERE sc.criterion_id = NEW.criterion_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its scores');
END;

CREATE TRIGGER scores_locked_update BEFORE UPDATE ON scores
WHEN EXISTS (
    SELECT 1 FROM score_context sc
    JOIN cohorts co ON co.index_id = sc.index_id
    JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = sc.year
    JOIN cohort_members m ON m.cohort_id = co.id AND m.year = sc.year AND m.unit_id = OLD.unit_id
    WHERE sc.criterion_id = OLD.criterion_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised: reopen the cohort-year before changing its scores');
END;

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
