-- The framework repository (core/storage/FrameworkStore.cpp): frameworks, their criteria and bands.

-- name: years
SELECT year FROM frameworks WHERE index_id = :index ORDER BY year

-- name: id
SELECT id FROM frameworks WHERE index_id = :index AND year = :year

-- Depth-first order from the stored positions: a recursive CTE keeps parents before children.
-- name: criteria
WITH RECURSIVE tree (id, path) AS (
    SELECT id, '' FROM criteria WHERE framework_id = :framework AND parent_id IS NULL
    UNION ALL
    SELECT c.id, t.path || printf('%08d', c.position) FROM criteria c JOIN tree t ON c.parent_id = t.id)
SELECT c.id, c.parent_id, c.code, c.title, c.max_micro, c.aggregation, c.lead_unit
FROM tree JOIN criteria c ON c.id = tree.id ORDER BY tree.path

-- name: bands
SELECT min_percent_micro, label FROM bands WHERE framework_id = :framework ORDER BY min_percent_micro DESC

-- name: has_scores
SELECT EXISTS (SELECT 1 FROM scores s JOIN criteria c ON c.id = s.criterion_id WHERE c.framework_id = :framework)

-- The framework row stays when its criteria are replaced, so every deleted criterion and band is logged with its
-- index and year.
-- name: delete_criteria
DELETE FROM criteria WHERE framework_id = :framework

-- name: delete_bands
DELETE FROM bands WHERE framework_id = :framework

-- name: insert
INSERT INTO frameworks (index_id, year) VALUES (:index, :year) RETURNING id

-- name: insert_criterion
INSERT INTO criteria (framework_id, parent_id, code, title, max_micro, aggregation, lead_unit, position)
VALUES (:framework, :parent, :code, :title, :max_micro, :aggregation, :lead_unit, :position) RETURNING id

-- name: insert_band
INSERT INTO bands (framework_id, min_percent_micro, label) VALUES (:framework, :min_percent, :label)

-- name: newest_year_with_scores
SELECT MAX(f.year) FROM frameworks f WHERE f.index_id = :index AND EXISTS (SELECT 1 FROM criteria c
    JOIN scores s ON s.criterion_id = c.id WHERE c.framework_id = f.id AND s.value_micro IS NOT NULL)
