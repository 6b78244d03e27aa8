-- The index repository (core/storage/IndexStore.cpp): the indexes themselves.

-- name: by_code
SELECT id, code, name, aggregation, main_unit_id, illustrative FROM indices WHERE code = :code

-- name: all
SELECT id, code, name, aggregation, main_unit_id, illustrative FROM indices ORDER BY code

-- Update, then insert what is missing: an upsert would look like a replacement to the audit triggers.
-- name: update
UPDATE indices SET name = :name, aggregation = :aggregation, main_unit_id = :main_unit, illustrative = :illustrative
WHERE code = :code RETURNING id

-- name: insert
INSERT INTO indices (code, name, aggregation, main_unit_id, illustrative)
VALUES (:code, :name, :aggregation, :main_unit, :illustrative) RETURNING id
