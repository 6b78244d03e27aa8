-- The score repository (core/storage/ScoreStore.cpp): values, notes and evidence, and their bulk writes.

-- A national cohort-year is a third of a million values. One unit (a form, a trend) is read through the primary key
-- instead of the whole framework.
-- name: recorded_unit
SELECT s.unit_id, s.criterion_id, s.value_micro FROM scores s JOIN criteria c ON c.id = s.criterion_id
WHERE s.unit_id = :unit AND c.framework_id = :framework AND s.stage = :stage AND s.value_micro IS NOT NULL

-- A whole cohort-year in one statement: each of the framework's criteria straight from the table's key (criterion,
-- unit, stage), every value handed to the program's sink inside the one step (recorded_into, storage/RecordedSink.h).
-- A row with a note and no value is no value: left out here rather than asked about, row by row, by the caller.
-- name: recorded_framework
SELECT recorded_into(:sink, s.criterion_id, s.unit_id, s.value_micro)
FROM criteria c CROSS JOIN scores s ON s.criterion_id = c.id
WHERE c.framework_id = :framework AND s.stage = :stage AND s.value_micro IS NOT NULL

-- A form's or a paste's values go first into a temporary table (no triggers, no per-row journal), then into scores
-- with one statement each for updates, inserts and removals; the triggers log and lock-check each value.
-- name: create_writes
CREATE TEMP TABLE IF NOT EXISTS score_writes (unit_id INTEGER NOT NULL, criterion_id INTEGER NOT NULL,
    value_micro INTEGER)

-- name: empty_writes
DELETE FROM temp.score_writes

-- name: add_write
INSERT INTO temp.score_writes (unit_id, criterion_id, value_micro) VALUES (:unit, :criterion, :value)

-- name: update_from_writes
UPDATE scores SET value_micro = w.value_micro FROM temp.score_writes w
WHERE scores.stage = :stage AND scores.unit_id = w.unit_id AND scores.criterion_id = w.criterion_id
    AND w.value_micro IS NOT NULL AND scores.value_micro IS NOT w.value_micro

-- name: insert_from_writes
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT w.unit_id, w.criterion_id, :stage, w.value_micro FROM temp.score_writes w
WHERE w.value_micro IS NOT NULL AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.unit_id = w.unit_id
    AND s.criterion_id = w.criterion_id AND s.stage = :stage)
ORDER BY w.unit_id, w.criterion_id

-- Keep the note and evidence of a cell whose value is removed: such a row stays, without a value.
-- name: delete_from_writes
DELETE FROM scores WHERE stage = :stage AND note IS NULL AND evidence IS NULL AND (unit_id, criterion_id) IN
    (SELECT unit_id, criterion_id FROM temp.score_writes WHERE value_micro IS NULL)

-- name: clear_from_writes
UPDATE scores SET value_micro = NULL WHERE stage = :stage AND value_micro IS NOT NULL AND (unit_id, criterion_id) IN
    (SELECT unit_id, criterion_id FROM temp.score_writes WHERE value_micro IS NULL)

-- An import checks the finalisation lock once, as the scores triggers would for each value: the units it writes, in
-- the frameworks it writes to.
-- name: create_import_units
CREATE TEMP TABLE IF NOT EXISTS import_units (unit_id INTEGER PRIMARY KEY)

-- name: create_import_criteria
CREATE TEMP TABLE IF NOT EXISTS import_criteria (criterion_id INTEGER PRIMARY KEY)

-- name: empty_import_units
DELETE FROM temp.import_units

-- name: empty_import_criteria
DELETE FROM temp.import_criteria

-- name: add_import_unit
INSERT INTO temp.import_units VALUES (:unit)

-- name: add_import_criterion
INSERT INTO temp.import_criteria VALUES (:criterion)

-- name: import_locked
SELECT EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id
    JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = f.year
    JOIN cohort_members m ON m.cohort_id = co.id AND m.year = f.year
    JOIN temp.import_units iu ON iu.unit_id = m.unit_id
    WHERE f.id IN (SELECT DISTINCT c.framework_id FROM criteria c
        JOIN temp.import_criteria ic ON ic.criterion_id = c.id))

-- An import writes with this connection's foreign keys off (storage/ImportKeys.h) and proves them itself before
-- COMMIT: how many parents of what it wrote are missing (0 is the only answer that commits). The units and criteria
-- of its values (the import's own sets above), every member of the cohort-year it fills, the cohort and its index.
-- name: import_dangling
SELECT (SELECT count(*) FROM temp.import_units iu WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.id = iu.unit_id))
    + (SELECT count(*) FROM temp.import_criteria ic
        WHERE NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = ic.criterion_id))
    + (SELECT count(*) FROM cohort_members m WHERE m.cohort_id = :cohort AND m.year = :year
        AND NOT EXISTS (SELECT 1 FROM units u WHERE u.id = m.unit_id))
    + (SELECT count(*) = 0 FROM cohorts co JOIN indices i ON i.id = co.index_id WHERE co.id = :cohort)

-- An import's removals, one cell at a time, with the triggers off (see ScoreStore::importScores).
-- name: remove
DELETE FROM scores WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage AND note IS NULL
    AND evidence IS NULL

-- The import runs these with triggers off, so they bump the row's version themselves (migration 011).
-- name: clear
UPDATE scores SET value_micro = NULL, version = version + 1 WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage
    AND value_micro IS NOT NULL

-- name: update_note
UPDATE scores SET note = :note, evidence = :evidence WHERE unit_id = :unit AND criterion_id = :criterion
    AND stage = :stage

-- name: insert_note
INSERT INTO scores (unit_id, criterion_id, stage, note, evidence) SELECT :unit, :criterion, :stage, :note, :evidence
WHERE NOT EXISTS (SELECT 1 FROM scores WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage)

-- An import's new and changed values, staged in key order, then written by one statement.
-- name: create_import_values
CREATE TEMP TABLE IF NOT EXISTS import_values (unit_id INTEGER NOT NULL, criterion_id INTEGER NOT NULL,
    value_micro INTEGER NOT NULL)

-- name: empty_import_values
DELETE FROM temp.import_values

-- name: add_import_value
INSERT INTO temp.import_values (unit_id, criterion_id, value_micro) VALUES (:unit, :criterion, :value)

-- name: upsert_import_values
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT unit_id, criterion_id, :stage, value_micro FROM temp.import_values WHERE true
ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro,
    version = scores.version + 1
WHERE scores.value_micro IS NOT excluded.value_micro

-- The two above as they were before migration 011, for a database held at an older schema (the migration tests).
-- name: upsert_import_values_unversioned
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT unit_id, criterion_id, :stage, value_micro FROM temp.import_values WHERE true
ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro
WHERE scores.value_micro IS NOT excluded.value_micro

-- The same upsert reading the import's values where they lie, in the program's memory (storage/ImportArray.h):
-- SQLite's path; the scratch table above is the server's.
-- name: upsert_import_array
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT unit_id, criterion_id, :stage, value_micro FROM import_array(:values) WHERE true
ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro,
    version = scores.version + 1
WHERE scores.value_micro IS NOT excluded.value_micro

-- name: upsert_import_array_unversioned
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT unit_id, criterion_id, :stage, value_micro FROM import_array(:values) WHERE true
ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro
WHERE scores.value_micro IS NOT excluded.value_micro

-- name: clear_unversioned
UPDATE scores SET value_micro = NULL WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage
    AND value_micro IS NOT NULL

-- The score editor's checks inside its write transaction: the cell as it is now, and its version (migration 011).
-- name: cell_value
SELECT value_micro, version FROM scores WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage

-- name: cell_note
SELECT note, evidence FROM scores WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage

-- Who changed a cell last, and when: the newest audit entry of the cell.
-- name: cell_last_change
SELECT a.actor, a.at FROM audit_log a JOIN units u ON u.name = a.unit
WHERE a.entity = 'score' AND a.index_code = :index_code AND a.year = :year AND u.id = :unit
    AND a.criterion = (SELECT code FROM criteria WHERE id = :criterion) AND a.stage = :stage
ORDER BY a.id DESC LIMIT 1

-- name: notes
SELECT s.criterion_id, s.note, s.evidence FROM scores s JOIN criteria c ON c.id = s.criterion_id
WHERE c.framework_id = :framework AND s.unit_id = :unit AND s.stage = :stage
    AND (s.note IS NOT NULL OR s.evidence IS NOT NULL)

-- The versions a form shows beside its values: an edit carries the one it was based on (ScoreEditor::changeValues).
-- name: versions
SELECT s.criterion_id, s.version FROM scores s JOIN criteria c ON c.id = s.criterion_id
WHERE c.framework_id = :framework AND s.unit_id = :unit AND s.stage = :stage
