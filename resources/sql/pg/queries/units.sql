-- The units repository on a server (see resources/sql/queries/units.sql): the import's scratch table is found
-- without the "temp." schema name (PostgreSQL's is pg_temp, searched first).

-- name: create_staged
CREATE TEMP TABLE IF NOT EXISTS staged_units (seq INTEGER PRIMARY KEY, name TEXT, unit_id BIGINT)

-- name: empty_staged
DELETE FROM staged_units

-- name: stage_name
INSERT INTO staged_units (seq, name) VALUES (:seq, :name)

-- name: stage_id
INSERT INTO staged_units (seq, unit_id) VALUES (:seq, :unit)

-- name: insert_staged
INSERT INTO units (name, kind) SELECT name, :kind FROM staged_units ORDER BY seq

-- name: staged_ids
SELECT u.id FROM staged_units s JOIN units u ON u.name = s.name AND u.code IS NULL ORDER BY s.seq

-- name: staged_taken
SELECT s.name FROM staged_units s WHERE EXISTS (SELECT 1 FROM units u WHERE u.name = s.name AND u.code IS NULL)
ORDER BY s.seq LIMIT 1

-- name: add_staged_members
INSERT INTO cohort_members (cohort_id, year, unit_id)
SELECT :cohort, :year, s.unit_id FROM staged_units s
WHERE NOT EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = :cohort AND m.year = :year AND m.unit_id = s.unit_id)
GROUP BY s.unit_id ORDER BY min(s.seq)

-- The owner's bulk writes of an import log themselves, one statement for all their rows, as the per-row audit
-- triggers would (the same entries, texts and order): the audit trigger of the table and the log's numbering trigger
-- are off around them (UnitStore, Database::suspendTriggers). Numbering row by row updates audit_sequence once per
-- entry, and a row updated thousands of times in one transaction is found again through all its versions: the cost
-- grows with the square of the entries. Here the ids are taken from audit_sequence at once, under the same row lock,
-- and the entries are written sealed (migration 013's par_audit_chain), chained to the entry before them, which the
-- program has sealed (AuditLog::sealSoFar). Their time is taken once per entry (clock_timestamp, as the trigger's).
-- name: log_staged_units
WITH counted AS (SELECT count(*) AS n FROM staged_units),
    taken AS (UPDATE audit_sequence SET last = last + (SELECT n FROM counted) WHERE one = 1
              RETURNING last - (SELECT n FROM counted) AS first),
    entries AS MATERIALIZED (
        SELECT taken.first + row_number() OVER (ORDER BY s.seq) AS id,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
            CAST(session_user AS TEXT) AS actor,
            coalesce(nullif(current_setting('parindex.source', true), ''), 'external') AS source,
            nullif(current_setting('parindex.reason', true), '') AS reason, CAST('insert' AS TEXT) AS action,
            CAST('unit' AS TEXT) AS entity, CAST(NULL AS TEXT) AS index_code, CAST(NULL AS INTEGER) AS year,
            CAST(u.name AS TEXT) AS unit, CAST(NULL AS TEXT) AS criterion, CAST(NULL AS TEXT) AS stage,
            CAST(NULL AS TEXT) AS old_value, par_unit_text(u) AS new_value
        FROM taken, staged_units s JOIN units u ON u.name = s.name AND u.code IS NULL)
INSERT INTO audit_log (id, at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage,
                       old_value, new_value, hash)
SELECT id, at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value, new_value,
    par_audit_chain((SELECT par_audit_previous_hash(first + 1) FROM taken),
                    par_audit_content(id, at, actor, source, action, entity, index_code, year, unit, criterion, stage,
                                      old_value, new_value, reason)) OVER (ORDER BY id)
FROM entries
ORDER BY id

-- add_staged_members, and the entries the audit trigger of cohort_members would write for the rows it adds, sealed as
-- above. The lock trigger stays on.
-- name: add_staged_members_logged
WITH added AS (
        INSERT INTO cohort_members (cohort_id, year, unit_id)
        SELECT :cohort, :year, s.unit_id FROM staged_units s
        WHERE NOT EXISTS (SELECT 1 FROM cohort_members m
                          WHERE m.cohort_id = :cohort AND m.year = :year AND m.unit_id = s.unit_id)
        GROUP BY s.unit_id ORDER BY min(s.seq)
        RETURNING unit_id),
    ordered AS (SELECT a.unit_id, row_number() OVER (ORDER BY f.seq) AS rn
                FROM added a JOIN (SELECT unit_id, min(seq) AS seq FROM staged_units GROUP BY unit_id) f
                    ON f.unit_id = a.unit_id),
    taken AS (UPDATE audit_sequence SET last = last + (SELECT count(*) FROM added) WHERE one = 1
              RETURNING last - (SELECT count(*) FROM added) AS first),
    entries AS MATERIALIZED (
        SELECT taken.first + o.rn AS id,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
            CAST(session_user AS TEXT) AS actor,
            coalesce(nullif(current_setting('parindex.source', true), ''), 'external') AS source,
            nullif(current_setting('parindex.reason', true), '') AS reason, CAST('insert' AS TEXT) AS action,
            CAST('cohort-member' AS TEXT) AS entity, CAST(i.code AS TEXT) AS index_code,
            CAST(:year AS INTEGER) AS year, CAST(u.name AS TEXT) AS unit, CAST(NULL AS TEXT) AS criterion,
            CAST(NULL AS TEXT) AS stage, CAST(NULL AS TEXT) AS old_value, CAST(co.name AS TEXT) AS new_value
        FROM taken, ordered o JOIN units u ON u.id = o.unit_id, cohorts co LEFT JOIN indices i ON i.id = co.index_id
        WHERE co.id = :cohort)
INSERT INTO audit_log (id, at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage,
                       old_value, new_value, hash)
SELECT id, at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value, new_value,
    par_audit_chain((SELECT par_audit_previous_hash(first + 1) FROM taken),
                    par_audit_content(id, at, actor, source, action, entity, index_code, year, unit, criterion, stage,
                                      old_value, new_value, reason)) OVER (ORDER BY id)
FROM entries
ORDER BY id
