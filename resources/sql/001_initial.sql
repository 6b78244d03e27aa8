-- parindex schema, version 1.
-- Points are stored as INTEGER millionths (value_micro): exact, never REAL.
-- Every change to scores, criteria, frameworks and units is written to audit_log by the triggers below, so no
-- code path can forget it; who and why come from the one-row audit_context that the program sets at the start of
-- each write transaction.

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('province', 'department', 'district', 'commune', 'other')),
    valid_from INTEGER,
    valid_to INTEGER,
    successor_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX units_name ON units (name);

CREATE TABLE indices (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    aggregation TEXT NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'mean')),
    main_unit_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
    illustrative INTEGER NOT NULL DEFAULT 0
);

-- A ranking pool: the units ranked against each other for an index, listed per year because units come and go.
CREATE TABLE cohorts (
    id INTEGER PRIMARY KEY,
    index_id INTEGER NOT NULL REFERENCES indices (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit_kind TEXT,
    is_default INTEGER NOT NULL DEFAULT 0,
    UNIQUE (index_id, name)
);

CREATE TABLE cohort_members (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (cohort_id, year, unit_id)
);
CREATE INDEX cohort_members_unit ON cohort_members (unit_id);

-- The criteria tree of one index for one year. Each framework has one root criterion with the empty code:
-- its recorded value is the unit's published total, and its aggregation says how the top level combines.
CREATE TABLE frameworks (
    id INTEGER PRIMARY KEY,
    index_id INTEGER NOT NULL REFERENCES indices (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    UNIQUE (index_id, year)
);

CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES criteria (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    max_micro INTEGER NOT NULL CHECK (max_micro >= 0),
    aggregation TEXT NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'mean')),
    lead_unit TEXT,
    position INTEGER NOT NULL,
    UNIQUE (framework_id, code)
);
CREATE INDEX criteria_parent ON criteria (parent_id);

-- Classification bands, as a percentage of the maximum: a unit takes the highest band whose minimum it reaches.
CREATE TABLE bands (
    id INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    min_percent_micro INTEGER NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (framework_id, min_percent_micro)
);

CREATE TABLE scores (
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE RESTRICT,
    stage TEXT NOT NULL CHECK (stage IN ('self', 'final')),
    value_micro INTEGER CHECK (value_micro IS NULL OR value_micro >= 0),
    note TEXT,
    evidence TEXT,
    PRIMARY KEY (unit_id, criterion_id, stage)
);
CREATE INDEX scores_criterion ON scores (criterion_id);

-- "49th of 63" as published in a ministry decision, for cohorts whose other members are not in the database.
CREATE TABLE published_ranks (
    index_id INTEGER NOT NULL REFERENCES indices (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    of_count INTEGER NOT NULL CHECK (of_count >= rank),
    source TEXT,
    PRIMARY KEY (cohort_id, year, unit_id)
);

-- A cohort-year whose final figures are closed. Reopening deletes the row; both are logged.
CREATE TABLE finalisations (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    finalised_at TEXT NOT NULL,
    finalised_by TEXT NOT NULL,
    PRIMARY KEY (cohort_id, year)
);

CREATE TABLE audit_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    actor TEXT NOT NULL,
    reason TEXT
);
INSERT INTO audit_context (id, actor, reason) VALUES (1, 'unknown', NULL);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    index_code TEXT,
    year INTEGER,
    unit TEXT,
    criterion TEXT,
    stage TEXT,
    old_value TEXT,
    new_value TEXT,
    reason TEXT
);

-- Millionths as a plain decimal ("74.62"); values are never negative here.
CREATE VIEW score_context AS
SELECT c.id AS criterion_id, c.code AS criterion, f.year AS year, i.code AS index_code, i.id AS index_id
FROM criteria c
JOIN frameworks f ON f.id = c.framework_id
JOIN indices i ON i.id = f.index_id;

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

CREATE TRIGGER scores_audit_insert AFTER INSERT ON scores
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'insert', 'score', sc.index_code, sc.year,
           (SELECT name FROM units WHERE id = NEW.unit_id), sc.criterion, NEW.stage, NULL,
           CASE WHEN NEW.value_micro IS NULL THEN NULL
                ELSE rtrim(rtrim(printf('%d.%06d', NEW.value_micro / 1000000, NEW.value_micro % 1000000), '0'), '.') END,
           ctx.reason
    FROM score_context sc, audit_context ctx
    WHERE sc.criterion_id = NEW.criterion_id AND ctx.id = 1;
END;

CREATE TRIGGER scores_audit_update AFTER UPDATE ON scores
WHEN OLD.value_micro IS NOT NEW.value_micro OR OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'update', 'score', sc.index_code, sc.year,
           (SELECT name FROM units WHERE id = NEW.unit_id), sc.criterion, NEW.stage,
           CASE WHEN OLD.value_micro IS NULL THEN NULL
                ELSE rtrim(rtrim(printf('%d.%06d', OLD.value_micro / 1000000, OLD.value_micro % 1000000), '0'), '.') END
               || CASE WHEN OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence
                       THEN ' [' || coalesce(OLD.note, '') || ' | ' || coalesce(OLD.evidence, '') || ']' ELSE '' END,
           CASE WHEN NEW.value_micro IS NULL THEN NULL
                ELSE rtrim(rtrim(printf('%d.%06d', NEW.value_micro / 1000000, NEW.value_micro % 1000000), '0'), '.') END
               || CASE WHEN OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence
                       THEN ' [' || coalesce(NEW.note, '') || ' | ' || coalesce(NEW.evidence, '') || ']' ELSE '' END,
           ctx.reason
    FROM score_context sc, audit_context ctx
    WHERE sc.criterion_id = NEW.criterion_id AND ctx.id = 1;
END;

CREATE TRIGGER scores_audit_delete AFTER DELETE ON scores
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'delete', 'score', sc.index_code, sc.year,
           (SELECT name FROM units WHERE id = OLD.unit_id), sc.criterion, OLD.stage,
           CASE WHEN OLD.value_micro IS NULL THEN NULL
                ELSE rtrim(rtrim(printf('%d.%06d', OLD.value_micro / 1000000, OLD.value_micro % 1000000), '0'), '.') END,
           NULL, ctx.reason
    FROM score_context sc, audit_context ctx
    WHERE sc.criterion_id = OLD.criterion_id AND ctx.id = 1;
END;

CREATE TRIGGER criteria_audit_insert AFTER INSERT ON criteria
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, criterion, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'insert', 'criterion', sc.index_code, sc.year, NEW.code,
           NEW.title || ' / ' || rtrim(rtrim(printf('%d.%06d', NEW.max_micro / 1000000, NEW.max_micro % 1000000), '0'), '.')
               || ' / ' || NEW.aggregation || ' / ' || coalesce(NEW.lead_unit, ''),
           ctx.reason
    FROM score_context sc, audit_context ctx
    WHERE sc.criterion_id = NEW.id AND ctx.id = 1;
END;

CREATE TRIGGER criteria_audit_update AFTER UPDATE ON criteria
WHEN OLD.code IS NOT NEW.code OR OLD.title IS NOT NEW.title OR OLD.max_micro IS NOT NEW.max_micro
  OR OLD.aggregation IS NOT NEW.aggregation OR OLD.lead_unit IS NOT NEW.lead_unit OR OLD.parent_id IS NOT NEW.parent_id
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, criterion, old_value, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'update', 'criterion', sc.index_code, sc.year, NEW.code,
           OLD.code || ' / ' || OLD.title || ' / ' || rtrim(rtrim(printf('%d.%06d', OLD.max_micro / 1000000, OLD.max_micro % 1000000), '0'), '.')
               || ' / ' || OLD.aggregation || ' / ' || coalesce(OLD.lead_unit, ''),
           NEW.code || ' / ' || NEW.title || ' / ' || rtrim(rtrim(printf('%d.%06d', NEW.max_micro / 1000000, NEW.max_micro % 1000000), '0'), '.')
               || ' / ' || NEW.aggregation || ' / ' || coalesce(NEW.lead_unit, ''),
           ctx.reason
    FROM score_context sc, audit_context ctx
    WHERE sc.criterion_id = NEW.id AND ctx.id = 1;
END;

-- Deleting a criterion runs before its framework row may be gone, so the context is read from OLD directly.
CREATE TRIGGER criteria_audit_delete BEFORE DELETE ON criteria
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, criterion, old_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'delete', 'criterion', i.code, f.year, OLD.code,
           OLD.title || ' / ' || rtrim(rtrim(printf('%d.%06d', OLD.max_micro / 1000000, OLD.max_micro % 1000000), '0'), '.'),
           ctx.reason
    FROM frameworks f JOIN indices i ON i.id = f.index_id, audit_context ctx
    WHERE f.id = OLD.framework_id AND ctx.id = 1;
END;

CREATE TRIGGER frameworks_audit_insert AFTER INSERT ON frameworks
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'insert', 'framework', i.code, NEW.year, ctx.reason
    FROM indices i, audit_context ctx WHERE i.id = NEW.index_id AND ctx.id = 1;
END;

CREATE TRIGGER frameworks_audit_delete BEFORE DELETE ON frameworks
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'delete', 'framework', i.code, OLD.year, ctx.reason
    FROM indices i, audit_context ctx WHERE i.id = OLD.index_id AND ctx.id = 1;
END;

CREATE TRIGGER bands_audit_insert AFTER INSERT ON bands
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'insert', 'band', i.code, f.year,
           NEW.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', NEW.min_percent_micro / 1000000, NEW.min_percent_micro % 1000000), '0'), '.') || '%',
           ctx.reason
    FROM frameworks f JOIN indices i ON i.id = f.index_id, audit_context ctx WHERE f.id = NEW.framework_id AND ctx.id = 1;
END;

CREATE TRIGGER bands_audit_delete BEFORE DELETE ON bands
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, old_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'delete', 'band', i.code, f.year,
           OLD.label || ' >= ' || rtrim(rtrim(printf('%d.%06d', OLD.min_percent_micro / 1000000, OLD.min_percent_micro % 1000000), '0'), '.') || '%',
           ctx.reason
    FROM frameworks f JOIN indices i ON i.id = f.index_id, audit_context ctx WHERE f.id = OLD.framework_id AND ctx.id = 1;
END;

CREATE TRIGGER units_audit_insert AFTER INSERT ON units
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, unit, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'insert', 'unit', NEW.name,
           coalesce(NEW.code, '') || ' / ' || NEW.kind || ' / ' || coalesce(NEW.valid_from, '') || '-' || coalesce(NEW.valid_to, ''),
           ctx.reason
    FROM audit_context ctx WHERE ctx.id = 1;
END;

CREATE TRIGGER units_audit_update AFTER UPDATE ON units
WHEN OLD.code IS NOT NEW.code OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.valid_from IS NOT NEW.valid_from
  OR OLD.valid_to IS NOT NEW.valid_to OR OLD.successor_id IS NOT NEW.successor_id
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, unit, old_value, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'update', 'unit', NEW.name,
           coalesce(OLD.code, '') || ' / ' || OLD.name || ' / ' || OLD.kind || ' / ' || coalesce(OLD.valid_from, '') || '-'
               || coalesce(OLD.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = OLD.successor_id), ''),
           coalesce(NEW.code, '') || ' / ' || NEW.name || ' / ' || NEW.kind || ' / ' || coalesce(NEW.valid_from, '') || '-'
               || coalesce(NEW.valid_to, '') || ' > ' || coalesce((SELECT name FROM units WHERE id = NEW.successor_id), ''),
           ctx.reason
    FROM audit_context ctx WHERE ctx.id = 1;
END;

CREATE TRIGGER units_audit_delete BEFORE DELETE ON units
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, unit, old_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'delete', 'unit', OLD.name, coalesce(OLD.code, '') || ' / ' || OLD.kind,
           ctx.reason
    FROM audit_context ctx WHERE ctx.id = 1;
END;

CREATE TRIGGER finalisations_audit_insert AFTER INSERT ON finalisations
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'finalise', 'cohort-year', i.code, NEW.year, co.name, ctx.reason
    FROM cohorts co JOIN indices i ON i.id = co.index_id, audit_context ctx WHERE co.id = NEW.cohort_id AND ctx.id = 1;
END;

CREATE TRIGGER finalisations_audit_delete AFTER DELETE ON finalisations
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, old_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'reopen', 'cohort-year', i.code, OLD.year, co.name, ctx.reason
    FROM cohorts co JOIN indices i ON i.id = co.index_id, audit_context ctx WHERE co.id = OLD.cohort_id AND ctx.id = 1;
END;
