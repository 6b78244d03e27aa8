-- The rank repository (core/storage/RankStore.cpp): published ranks and finalisations.

-- name: published
SELECT rank, of_count, source FROM published_ranks WHERE cohort_id = :cohort AND year = :year AND unit_id = :unit

-- name: update_published
UPDATE published_ranks SET rank = :rank, of_count = :of, source = :source
WHERE cohort_id = :cohort AND year = :year AND unit_id = :unit AND index_id = :index

-- name: insert_published
INSERT INTO published_ranks (index_id, year, cohort_id, unit_id, rank, of_count, source)
SELECT :index, :year, :cohort, :unit, :rank, :of, :source
WHERE NOT EXISTS (SELECT 1 FROM published_ranks WHERE cohort_id = :cohort AND year = :year AND unit_id = :unit)

-- name: is_finalised
SELECT EXISTS (SELECT 1 FROM finalisations WHERE cohort_id = :cohort AND year = :year)

-- name: finalise
INSERT INTO finalisations (cohort_id, year, finalised_at, finalised_by) SELECT :cohort, :year, :at, :by
WHERE NOT EXISTS (SELECT 1 FROM finalisations WHERE cohort_id = :cohort AND year = :year)

-- The triggers refuse to remove a finalisation unless the transaction says it is a reopen.
-- name: reopen
DELETE FROM finalisations WHERE cohort_id = :cohort AND year = :year

-- name: published_all
SELECT unit_id, rank, of_count, source FROM published_ranks WHERE cohort_id = :cohort AND year = :year
