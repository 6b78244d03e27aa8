-- Version 9: the lineage of units (merge, split, rename), for the 2025 reorganisation.
--
-- An event holds from its year on: its predecessors ("from") end the year before, its successors ("to") exist in
-- the year. A rename keeps the unit (one row on each side, the same unit) and records the old and new names, so the
-- unit's results stay one line. The rules (shapes, life spans, cycles) are checked by parindex (core/model/Lineage)
-- inside the transaction that records an event; the tables keep only what cannot be otherwise.
--
-- units.successor_id (one successor, set in Setup before version 9) becomes a merge event: the units that ended in
-- the same year into the same successor are one merger. The column stays, for the programs that read it.

CREATE TABLE unit_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    basis TEXT NOT NULL DEFAULT '',
    old_name TEXT,
    new_name TEXT,
    CHECK ((kind = 'rename') = (new_name IS NOT NULL))
);

CREATE TABLE unit_event_units (
    event_id INTEGER NOT NULL REFERENCES unit_events (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('from', 'to')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, side, unit_id)
);
CREATE INDEX unit_event_units_unit ON unit_event_units (unit_id);

CREATE TEMP TABLE legacy_mergers AS
SELECT successor_id AS successor, valid_to + 1 AS year
FROM units WHERE successor_id IS NOT NULL AND valid_to IS NOT NULL
GROUP BY successor_id, valid_to;

INSERT INTO unit_events (id, kind, year, basis) SELECT rowid, 'merge', year, '' FROM legacy_mergers;
INSERT INTO unit_event_units (event_id, unit_id, side, position)
SELECT l.rowid, u.id, 'from', u.id FROM legacy_mergers l JOIN units u ON u.successor_id = l.successor AND u.valid_to + 1 = l.year;
INSERT INTO unit_event_units (event_id, unit_id, side) SELECT rowid, successor, 'to' FROM legacy_mergers;
DROP TABLE legacy_mergers;

-- The audit trail (see version 5): an event and each of its units are logged with who, when and why.
CREATE TRIGGER unit_events_audit_insert AFTER INSERT ON unit_events
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, year, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'unit-event', NEW.year, NEW.kind || ' ' || NEW.year || ' / ' || NEW.basis || coalesce(' / ' || NEW.old_name || ' > ' || NEW.new_name, '')
    FROM audit_now n;
END;

CREATE TRIGGER unit_events_audit_update AFTER UPDATE ON unit_events
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, year, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'unit-event', NEW.year, OLD.kind || ' ' || OLD.year || ' / ' || OLD.basis || coalesce(' / ' || OLD.old_name || ' > ' || OLD.new_name, ''), NEW.kind || ' ' || NEW.year || ' / ' || NEW.basis || coalesce(' / ' || NEW.old_name || ' > ' || NEW.new_name, '')
    FROM audit_now n;
END;

CREATE TRIGGER unit_events_audit_delete BEFORE DELETE ON unit_events
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, year, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'unit-event', OLD.year, OLD.kind || ' ' || OLD.year || ' / ' || OLD.basis || coalesce(' / ' || OLD.old_name || ' > ' || OLD.new_name, '')
    FROM audit_now n;
END;

CREATE TRIGGER unit_event_units_audit_insert AFTER INSERT ON unit_event_units
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, year, unit, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'insert', 'unit-event', e.year, (SELECT name FROM units WHERE id = NEW.unit_id), e.kind || ' ' || e.year || ' ' || NEW.side
    FROM audit_now n JOIN unit_events e ON e.id = NEW.event_id;
END;

CREATE TRIGGER unit_event_units_audit_update AFTER UPDATE ON unit_event_units
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, year, unit, old_value, new_value)
    SELECT n.at, n.actor, n.source, n.reason, 'update', 'unit-event', e.year, (SELECT name FROM units WHERE id = NEW.unit_id), OLD.event_id || ' ' || OLD.side || ' ' || (SELECT name FROM units WHERE id = OLD.unit_id), NEW.event_id || ' ' || NEW.side || ' ' || (SELECT name FROM units WHERE id = NEW.unit_id)
    FROM audit_now n LEFT JOIN unit_events e ON e.id = NEW.event_id;
END;

CREATE TRIGGER unit_event_units_audit_delete BEFORE DELETE ON unit_event_units
BEGIN
    INSERT INTO audit_log (at, actor, source, reason, action, entity, year, unit, old_value)
    SELECT n.at, n.actor, n.source, n.reason, 'delete', 'unit-event', e.year, (SELECT name FROM units WHERE id = OLD.unit_id), e.kind || ' ' || e.year || ' ' || OLD.side
    FROM audit_now n LEFT JOIN unit_events e ON e.id = OLD.event_id;
END;
