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
