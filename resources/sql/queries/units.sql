-- The unit repository (core/storage/UnitStore.cpp): units, cohorts and their members.

-- name: by_id
SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u WHERE u.id = :id

-- name: by_code
SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u WHERE u.code = :code

-- name: named
SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u WHERE u.name = :name
ORDER BY u.id

-- name: all
SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u ORDER BY u.name

-- name: insert
INSERT INTO units (code, name, kind, valid_from, valid_to, successor_id)
VALUES (:code, :name, :kind, :valid_from, :valid_to, :successor) RETURNING id

-- An import's new units, one after the other through the same prepared statement.
-- name: insert_named
INSERT INTO units (name, kind) VALUES (:name, :kind) RETURNING id

-- An import's new units and members, set by set: the names (or ids) staged in a scratch table, then one statement
-- each, whose triggers log every unit and member as before; a statement per unit cost twice its triggers.
-- name: create_staged
CREATE TEMP TABLE IF NOT EXISTS staged_units (seq INTEGER PRIMARY KEY, name TEXT, unit_id INTEGER)

-- name: empty_staged
DELETE FROM temp.staged_units

-- name: stage_name
INSERT INTO temp.staged_units (seq, name) VALUES (:seq, :name)

-- name: stage_id
INSERT INTO temp.staged_units (seq, unit_id) VALUES (:seq, :unit)

-- name: insert_staged
INSERT INTO units (name, kind) SELECT name, :kind FROM temp.staged_units ORDER BY seq

-- A new unit has no code, and no two units without a code share a name (units_name_uncoded).
-- name: staged_ids
SELECT u.id FROM temp.staged_units s JOIN units u ON u.name = s.name AND u.code IS NULL ORDER BY s.seq

-- name: staged_taken
SELECT s.name FROM temp.staged_units s WHERE EXISTS (SELECT 1 FROM units u WHERE u.name = s.name AND u.code IS NULL)
ORDER BY s.seq LIMIT 1

-- name: add_staged_members
INSERT INTO cohort_members (cohort_id, year, unit_id)
SELECT :cohort, :year, s.unit_id FROM temp.staged_units s
WHERE NOT EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = :cohort AND m.year = :year AND m.unit_id = s.unit_id)
GROUP BY s.unit_id ORDER BY min(s.seq)

-- name: update
UPDATE units SET code = :code, name = :name, kind = :kind, valid_from = :valid_from, valid_to = :valid_to,
    successor_id = :successor
WHERE id = :id

-- name: cohort
SELECT id, index_id, name, unit_kind, is_default FROM cohorts WHERE index_id = :index AND name = :name

-- name: default_cohort
SELECT id, index_id, name, unit_kind, is_default FROM cohorts WHERE index_id = :index
ORDER BY is_default DESC, id LIMIT 1

-- name: cohorts
SELECT id, index_id, name, unit_kind, is_default FROM cohorts WHERE index_id = :index ORDER BY is_default DESC, name

-- name: undefault_cohorts
UPDATE cohorts SET is_default = 0 WHERE index_id = :index AND name <> :name

-- name: update_cohort
UPDATE cohorts SET unit_kind = coalesce(:unit_kind, unit_kind),
    is_default = CASE WHEN :is_default = 1 THEN 1 ELSE is_default END
WHERE index_id = :index AND name = :name RETURNING id, index_id, name, unit_kind, is_default

-- name: insert_cohort
INSERT INTO cohorts (index_id, name, unit_kind, is_default) VALUES (:index, :name, :unit_kind, :is_default)
RETURNING id, index_id, name, unit_kind, is_default

-- name: members
SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u
JOIN cohort_members m ON m.unit_id = u.id WHERE m.cohort_id = :cohort AND m.year = :year

-- name: members_any_year
SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u
WHERE u.id IN (SELECT unit_id FROM cohort_members WHERE cohort_id = :cohort)

-- name: add_member
INSERT INTO cohort_members (cohort_id, year, unit_id) SELECT :cohort, :year, :unit
WHERE NOT EXISTS (SELECT 1 FROM cohort_members WHERE cohort_id = :cohort AND year = :year AND unit_id = :unit)

-- name: is_member
SELECT EXISTS (SELECT 1 FROM cohort_members WHERE cohort_id = :cohort AND year = :year AND unit_id = :unit)

-- name: cohorts_of
SELECT c.id, c.index_id, c.name, c.unit_kind, c.is_default FROM cohorts c
JOIN cohort_members m ON m.cohort_id = c.id
WHERE c.index_id = :index AND m.unit_id = :unit AND m.year = :year
ORDER BY c.is_default DESC, c.name

-- The years a unit has scores in. Criteria first: scores are keyed by (criterion, unit, stage), so each criterion is
-- one look-up.
-- name: score_years
SELECT min(f.year), max(f.year) FROM criteria c CROSS JOIN scores s JOIN frameworks f ON f.id = c.framework_id
WHERE s.criterion_id = c.id AND s.unit_id = :unit

-- name: remove_member
DELETE FROM cohort_members WHERE cohort_id = :cohort AND year = :year AND unit_id = :unit

-- name: score_count
SELECT count(*) FROM scores s JOIN criteria c ON c.id = s.criterion_id JOIN frameworks f ON f.id = c.framework_id
WHERE f.index_id = :index AND f.year = :year AND s.unit_id = :unit
