-- The score repository on a server (see resources/sql/queries/scores.sql): a temporary table is found without the
-- "temp." schema name (PostgreSQL's is pg_temp, searched first), and IS DISTINCT FROM is PostgreSQL's null-safe IS NOT.

-- A whole cohort-year in one round trip (Database::serverPairs): each of the framework's criteria with its units and
-- their values, read through the table's key (criterion, unit, stage), a row per criterion instead of a query per
-- criterion or a row per value. Each list is the values' 8-byte binary forms end to end (int8send): an array's would
-- add a length per value and cost the server 15% more to send. The two aggregates of one group see its rows in the
-- same order, so the lists go place by place. A row with a note and no value is no value: left out here.
-- name: recorded_pairs
SELECT c.id, x.unit_ids, x.micros FROM criteria c,
    LATERAL (SELECT string_agg(int8send(s.unit_id), CAST('' AS bytea)) AS unit_ids,
                    string_agg(int8send(s.value_micro), CAST('' AS bytea)) AS micros
             FROM scores s WHERE s.criterion_id = c.id AND s.stage = :stage AND s.value_micro IS NOT NULL) x
WHERE c.framework_id = :framework

-- The same for some units only ("{...}"), through the same key (an import of a few units into a national year read
-- every unit's values: 0.15-0.18 s).
-- name: recorded_pairs_of
SELECT c.id, x.unit_ids, x.micros FROM criteria c,
    LATERAL (SELECT string_agg(int8send(s.unit_id), CAST('' AS bytea)) AS unit_ids,
                    string_agg(int8send(s.value_micro), CAST('' AS bytea)) AS micros
             FROM scores s WHERE s.criterion_id = c.id AND s.unit_id = ANY (CAST(:units AS BIGINT[]))
                 AND s.stage = :stage AND s.value_micro IS NOT NULL) x
WHERE c.framework_id = :framework

-- A form's or a paste's values on a server: the cells travel as three arrays (unit, criterion, value; NULL removes)
-- in the statements themselves, instead of a temporary table filled a row at a time, so a one-cell save costs these
-- four round trips rather than eight. The same four steps as the file's, in the same order; the triggers log and
-- lock-check each value.
-- name: update_from_arrays
UPDATE scores SET value_micro = w.value_micro
FROM unnest(CAST(:units AS bigint[]), CAST(:criteria AS bigint[]), CAST(:values AS bigint[]))
    AS w (unit_id, criterion_id, value_micro)
WHERE scores.stage = :stage AND scores.unit_id = w.unit_id AND scores.criterion_id = w.criterion_id
    AND w.value_micro IS NOT NULL AND scores.value_micro IS DISTINCT FROM w.value_micro

-- name: insert_from_arrays
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT w.unit_id, w.criterion_id, :stage, w.value_micro
FROM unnest(CAST(:units AS bigint[]), CAST(:criteria AS bigint[]), CAST(:values AS bigint[]))
    AS w (unit_id, criterion_id, value_micro)
WHERE w.value_micro IS NOT NULL AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.unit_id = w.unit_id
    AND s.criterion_id = w.criterion_id AND s.stage = :stage)
ORDER BY w.unit_id, w.criterion_id

-- name: delete_from_arrays
DELETE FROM scores WHERE stage = :stage AND note IS NULL AND evidence IS NULL AND (unit_id, criterion_id) IN
    (SELECT w.unit_id, w.criterion_id
     FROM unnest(CAST(:units AS bigint[]), CAST(:criteria AS bigint[]), CAST(:values AS bigint[]))
         AS w (unit_id, criterion_id, value_micro)
     WHERE w.value_micro IS NULL)

-- name: clear_from_arrays
UPDATE scores SET value_micro = NULL WHERE stage = :stage AND value_micro IS NOT NULL AND (unit_id, criterion_id) IN
    (SELECT w.unit_id, w.criterion_id
     FROM unnest(CAST(:units AS bigint[]), CAST(:criteria AS bigint[]), CAST(:values AS bigint[]))
         AS w (unit_id, criterion_id, value_micro)
     WHERE w.value_micro IS NULL)

-- name: empty_import_units
DELETE FROM import_units

-- name: empty_import_criteria
DELETE FROM import_criteria

-- name: add_import_unit
INSERT INTO import_units VALUES (:unit)

-- name: add_import_criterion
INSERT INTO import_criteria VALUES (:criterion)

-- name: import_locked
SELECT EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id
    JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = f.year
    JOIN cohort_members m ON m.cohort_id = co.id AND m.year = f.year
    JOIN import_units iu ON iu.unit_id = m.unit_id
    WHERE f.id IN (SELECT DISTINCT c.framework_id FROM criteria c
        JOIN import_criteria ic ON ic.criterion_id = c.id))

-- name: empty_import_values
DELETE FROM import_values

-- name: add_import_value
INSERT INTO import_values (unit_id, criterion_id, value_micro) VALUES (:unit, :criterion, :value)

-- Whether the import's units hold no row of its criteria at this stage (ScoreStore::importScores: then the values
-- are copied straight into scores).
-- name: import_target_empty
SELECT NOT EXISTS (SELECT 1 FROM scores s JOIN import_criteria ic ON ic.criterion_id = s.criterion_id
    JOIN import_units iu ON iu.unit_id = s.unit_id WHERE s.stage = :stage)

-- name: upsert_import_values
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT unit_id, criterion_id, :stage, value_micro FROM import_values WHERE true
ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro,
    version = scores.version + 1
WHERE scores.value_micro IS DISTINCT FROM excluded.value_micro

-- On a server the foreign keys are never switched off; the same count still guards the import.
-- name: import_dangling
SELECT (SELECT count(*) FROM import_units iu WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.id = iu.unit_id))
    + (SELECT count(*) FROM import_criteria ic
        WHERE NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = ic.criterion_id))
    + (SELECT count(*) FROM cohort_members m WHERE m.cohort_id = :cohort AND m.year = :year
        AND NOT EXISTS (SELECT 1 FROM units u WHERE u.id = m.unit_id))
    + (SELECT CASE WHEN count(*) = 0 THEN 1 ELSE 0 END FROM cohorts co JOIN indices i ON i.id = co.index_id
        WHERE co.id = :cohort)

-- The score editor's check of a cell inside its write transaction: the program's writers take turns (the advisory
-- lock of Database::Transaction), but psql does not, so the row is locked from the check to the write.
-- name: cell_value
SELECT value_micro, version FROM scores WHERE unit_id = :unit AND criterion_id = :criterion AND stage = :stage
FOR UPDATE

-- A server's own: the import's foreign keys, as SQLite's ImportKeys switches them off. Checking a unit and a criterion
-- per value costs two thirds of a national import's INSERT ... SELECT; inside the import's transaction the owner of
-- the scores drops the two keys, writes, proves every parent with import_dangling, and adds them back (a copy
-- checks the whole table once, set by set; an import, keys_on_proved, does not). ALTER TABLE is transactional: a
-- ROLLBACK or a killed client brings them back.
-- name: keys_off
ALTER TABLE scores DROP CONSTRAINT scores_unit_id_fkey, DROP CONSTRAINT scores_criterion_id_fkey

-- name: keys_on
ALTER TABLE scores ADD CONSTRAINT scores_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units (id) ON DELETE RESTRICT,
    ADD CONSTRAINT scores_criterion_id_fkey FOREIGN KEY (criterion_id) REFERENCES criteria (id) ON DELETE RESTRICT

-- The import's: the keys back NOT VALID. The import has proved the parent of every row it wrote (import_dangling), and
-- every other row was proved when it was written, by its key or by its own import, so checking the whole table again
-- proves nothing new; it cost a scan of every year's values twice on each import, large or small (a national year
-- 0.1 s, ten years ten times that). Not validated, the keys still hold every later write and every removal of a unit
-- or criterion; "check" proves the whole table again and marks them validated, as it runs foreign_key_check on a file,
-- whose import proves its parents the same way (ImportKeys).
-- name: keys_on_proved
ALTER TABLE scores ADD CONSTRAINT scores_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units (id) ON DELETE RESTRICT
        NOT VALID,
    ADD CONSTRAINT scores_criterion_id_fkey FOREIGN KEY (criterion_id) REFERENCES criteria (id) ON DELETE RESTRICT
        NOT VALID

-- "check" on a server (Database::serverCheckKeys): the rows of scores whose unit or criterion does not exist, as
-- foreign_key_check finds them in a file, and those that fail the table's CHECK constraints (the test of checks' three).
-- None can be there but by a superuser's hand (session_replication_role, a constraint dropped), or by an import whose
-- proof failed; the keys and checks an import added back NOT VALID are then validated by their owner (not on a
-- read-only server, a standby).
-- name: dangling
SELECT (SELECT count(*) FROM scores s WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.id = s.unit_id)),
    (SELECT count(*) FROM scores s WHERE NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = s.criterion_id)),
    (SELECT count(*) FROM scores s WHERE NOT (s.stage IN ('self', 'final') AND (s.value_micro IS NULL OR
        s.value_micro >= 0) AND s.version >= 1))

-- name: keys_not_validated
SELECT quote_ident(t.relname), quote_ident(k.conname) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
WHERE k.contype IN ('f', 'c') AND NOT k.convalidated AND t.relnamespace = CAST(current_schema() AS regnamespace)
    AND pg_has_role(t.relowner, 'USAGE') AND NOT CAST(current_setting('transaction_read_only') AS BOOLEAN)
ORDER BY 1, 2

-- A COPY into a table with a row trigger BEFORE INSERT, even one switched off, inserts row by row (PostgreSQL's
-- CopyFrom takes its batched path only without them): a national year's COPY took 0.28-0.36 s instead of 0.18-0.19 s.
-- A trigger with a transition table (REFERENCING NEW TABLE), even one switched off, makes the COPY keep a copy of every
-- row for it: 16 MB written to a temporary file for a national year. The owner's COPY straight into scores drops every
-- INSERT trigger inside the import's transaction and makes them again after it from their own definitions
-- (ScoreStore::importScores), as it does the foreign keys.
-- name: insert_triggers
SELECT quote_ident(tgname), pg_get_triggerdef(oid) FROM pg_trigger
WHERE tgrelid = CAST('scores' AS regclass) AND NOT tgisinternal AND (tgtype & 4) = 4
ORDER BY tgname

-- The CHECK constraints of scores, for the owner's COPY of values the program made (ScoreStore::importScores): their
-- tests of every row took a sixth of a national year's COPY. Each with whether it is one whose test the program proves
-- of the rows it copies (the stage it writes, no value below zero, the version's default); a constraint it does not know
-- keeps them all for the COPY.
-- name: checks
SELECT quote_ident(conname), pg_get_constraintdef(oid),
    regexp_replace(pg_get_constraintdef(oid), ' NOT VALID$', '') IN (
        'CHECK ((stage = ANY (ARRAY[''self''::text, ''final''::text])))',
        'CHECK (((value_micro IS NULL) OR (value_micro >= 0)))',
        'CHECK ((version >= 1))')
FROM pg_constraint WHERE conrelid = CAST('scores' AS regclass) AND contype = 'c'
ORDER BY conname

-- The owner's first import into a table smaller than itself builds the primary key once, after its COPY, instead of
-- row by row (ScoreStore::importScores); the same name and columns as resources/sql/pg/baseline.sql.
-- name: fewer_rows_than
SELECT count(*) < :count FROM (SELECT 1 FROM scores LIMIT :count) x

-- name: drop_primary_key
ALTER TABLE scores DROP CONSTRAINT scores_pkey

-- name: add_primary_key
ALTER TABLE scores ADD CONSTRAINT scores_pkey PRIMARY KEY (criterion_id, unit_id, stage)

-- The owner's import runs with the triggers off (Database::suspendTriggers), so it announces its change to the open
-- windows itself, as migration 011's triggers would: once per cohort-year of the units whose values it changed
-- (:units, an array), delivered at COMMIT.
-- name: announce_import
SELECT pg_notify('parindex_scores', x.payload)
FROM (SELECT DISTINCT m.cohort_id || ':' || f.year AS payload
      FROM unnest(CAST(:units AS BIGINT[])) AS changed (unit_id)
      JOIN frameworks f ON f.id = :framework
      JOIN cohorts co ON co.index_id = f.index_id
      JOIN cohort_members m ON m.cohort_id = co.id AND m.year = f.year AND m.unit_id = changed.unit_id) x
