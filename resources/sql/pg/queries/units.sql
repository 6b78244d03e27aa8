-- The units repository on a server (see resources/sql/queries/units.sql): the import's scratch table is found
-- without the "temp." schema name (PostgreSQL's is pg_temp, searched first).

-- name: create_staged
CREATE TEMP TABLE IF NOT EXISTS staged_units (seq INTEGER PRIMARY KEY, name TEXT, unit_id BIGINT)

-- name: empty_staged
DELETE FROM staged_units

-- name: stage_name
INSERT INTO staged_units (seq, name) VALUES (:seq, :name)

-- name: insert_staged
INSERT INTO units (name, kind) SELECT name, :kind FROM staged_units ORDER BY seq

-- name: staged_ids
SELECT u.id FROM staged_units s JOIN units u ON u.name = s.name AND u.code IS NULL ORDER BY s.seq

-- name: staged_taken
SELECT s.name FROM staged_units s WHERE EXISTS (SELECT 1 FROM units u WHERE u.name = s.name AND u.code IS NULL)
ORDER BY s.seq LIMIT 1

-- The owner's bulk writes of an import log themselves, as the per-row audit triggers would (the same entries, texts
-- and order): the audit trigger of the table and the log's numbering trigger are off around them (UnitStore,
-- AuditLog::beginBulk). These read what the entries say, in the order of their rows; AuditLog::appendSealed numbers,
-- seals and writes them.
-- name: staged_ids_logged
SELECT u.id, u.name, par_unit_text(u) FROM staged_units s JOIN units u ON u.name = s.name AND u.code IS NULL
ORDER BY s.seq

-- New memberships, the units as one array (:units, "{id,...}" in the file's order) rather than staged rows, as a file
-- adds them (add_staged_members): a server takes a national import's 3,321 ids in the statement itself, without a
-- scratch table's COPY and its emptying (UnitStore::addMembers). add_members_listed returns what the audit trigger of
-- cohort_members would log for each row it adds.
-- name: add_members
INSERT INTO cohort_members (cohort_id, year, unit_id)
SELECT :cohort, :year, s.unit_id FROM unnest(CAST(:units AS BIGINT[])) WITH ORDINALITY AS s (unit_id, seq)
WHERE NOT EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = :cohort AND m.year = :year AND m.unit_id = s.unit_id)
GROUP BY s.unit_id ORDER BY min(s.seq)

-- name: add_members_listed
WITH listed AS (SELECT unit_id, min(seq) AS seq
                FROM unnest(CAST(:units AS BIGINT[])) WITH ORDINALITY AS s (unit_id, seq) GROUP BY unit_id),
    added AS (
        INSERT INTO cohort_members (cohort_id, year, unit_id)
        SELECT :cohort, :year, l.unit_id FROM listed l
        WHERE NOT EXISTS (SELECT 1 FROM cohort_members m
                          WHERE m.cohort_id = :cohort AND m.year = :year AND m.unit_id = l.unit_id)
        ORDER BY l.seq
        RETURNING unit_id)
SELECT i.code, u.name, co.name
FROM added a JOIN listed f ON f.unit_id = a.unit_id
    JOIN units u ON u.id = a.unit_id, cohorts co LEFT JOIN indices i ON i.id = co.index_id
WHERE co.id = :cohort
ORDER BY f.seq

-- The owner's bulk memberships (UnitStore::addMembers, bulkMembersBegin): whether the rows added are many beside those
-- the table holds (its statistics' estimate; -1, never counted: a new table), so that checking the whole table once when the
-- keys are added back costs less than checking them row by row (some 15 us a row against 0.2 us).
-- name: members_outnumbered
SELECT CAST(:count AS BIGINT) * 64 >= reltuples FROM pg_class WHERE oid = CAST('cohort_members' AS regclass)

-- name: cohort_year_final
SELECT par_cohort_year_final(:cohort, :year)

-- The same keys as resources/sql/pg/baseline.sql's.
-- name: member_keys_off
ALTER TABLE cohort_members DROP CONSTRAINT cohort_members_cohort_id_fkey, DROP CONSTRAINT cohort_members_unit_id_fkey

-- name: member_keys_on
ALTER TABLE cohort_members
    ADD CONSTRAINT cohort_members_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts (id) ON DELETE CASCADE,
    ADD CONSTRAINT cohort_members_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units (id) ON DELETE CASCADE
