-- Version 3: rankings read every score of one framework and stage. An index that holds the values themselves lets
-- SQLite answer from the index in order, instead of jumping to a row of the table for each score (a national
-- cohort-year is a third of a million scores).
DROP INDEX IF EXISTS scores_criterion;
CREATE INDEX scores_by_criterion ON scores (criterion_id, stage, unit_id, value_micro);
