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

-- The framework editor (core/storage/FrameworkEditor.cpp).
-- name: finalised_cohorts
SELECT co.name FROM finalisations fz JOIN cohorts co ON co.id = fz.cohort_id
WHERE co.index_id = :index AND fz.year = :year ORDER BY co.name

-- name: scores_under
WITH RECURSIVE sub (id) AS (SELECT :criterion UNION ALL SELECT c.id FROM criteria c JOIN sub ON c.parent_id = sub.id)
SELECT count(*) FROM scores WHERE criterion_id IN (SELECT id FROM sub)

-- name: criterion_place
SELECT i.code, f.year FROM criteria c JOIN frameworks f ON f.id = c.framework_id JOIN indices i ON i.id = f.index_id
WHERE c.id = :criterion

-- name: framework_place
SELECT i.code, f.year FROM frameworks f JOIN indices i ON i.id = f.index_id WHERE f.id = :framework

-- name: highest_score_above
SELECT s.value_micro, u.name, s.stage FROM scores s JOIN units u ON u.id = s.unit_id
WHERE s.criterion_id = :criterion AND s.value_micro > :max_micro ORDER BY s.value_micro DESC LIMIT 1

-- name: set_criterion_max
UPDATE criteria SET max_micro = :max_micro WHERE id = :criterion

-- name: delete_criterion
DELETE FROM criteria WHERE id = :criterion

-- name: delete_framework
DELETE FROM frameworks WHERE id = :framework

-- name: next_position
SELECT coalesce(max(position) + 1, 0) FROM criteria WHERE parent_id = :parent

-- name: criterion_position
SELECT position FROM criteria WHERE id = :criterion

-- name: shift_positions
UPDATE criteria SET position = position + 1 WHERE parent_id = :parent AND position > :after

-- name: update_criterion
UPDATE criteria SET code = :code, title = :title, max_micro = :max_micro, aggregation = :aggregation,
    lead_unit = :lead_unit
WHERE id = :criterion

-- name: children
SELECT id FROM criteria WHERE parent_id = :parent ORDER BY position, id

-- name: set_position
UPDATE criteria SET position = :position WHERE id = :criterion

-- name: band_labels
SELECT min_percent_micro, label FROM bands WHERE framework_id = :framework

-- name: delete_band
DELETE FROM bands WHERE framework_id = :framework AND min_percent_micro = :min_percent
