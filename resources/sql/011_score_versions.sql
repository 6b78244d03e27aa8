-- 011: every score row has a version, bumped by a trigger on every change of its value, note or evidence, so that a
-- change from any program (the sqlite3 shell included) moves it. A form remembers the version it showed and the score
-- editor refuses a write over a row whose version moved since (ScoreEditor::changeValues): a value changed and changed
-- back (3 > 5 > 3) is caught as well as a value that differs. A row without a value has no version (a form shows 0).
-- The bulk import switches triggers off and bumps the version in its own statements (queries/scores.sql).

ALTER TABLE scores ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- A writer may set the version itself (the import does); otherwise the row gets the next one. The inner UPDATE changes
-- the version only, so neither this trigger (recursive triggers are off, and its WHEN is false) nor the audit trigger
-- fires again.
CREATE TRIGGER scores_versioned AFTER UPDATE ON scores
WHEN NEW.version <= OLD.version
    AND (OLD.value_micro IS NOT NEW.value_micro OR OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence)
BEGIN
    UPDATE scores SET version = OLD.version + 1
    WHERE criterion_id = NEW.criterion_id AND unit_id = NEW.unit_id AND stage = NEW.stage;
END;
