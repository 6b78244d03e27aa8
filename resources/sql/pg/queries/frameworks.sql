-- The framework repository on a server (see resources/sql/queries/frameworks.sql): PostgreSQL has no printf.

-- name: criteria
WITH RECURSIVE tree (id, path) AS (
    SELECT id, CAST('' AS TEXT) FROM criteria WHERE framework_id = :framework AND parent_id IS NULL
    UNION ALL
    SELECT c.id, t.path || lpad(CAST(c.position AS TEXT), 8, '0') FROM criteria c JOIN tree t ON c.parent_id = t.id)
SELECT c.id, c.parent_id, c.code, c.title, c.max_micro, c.aggregation, c.lead_unit
FROM tree JOIN criteria c ON c.id = tree.id ORDER BY tree.path COLLATE "C"
