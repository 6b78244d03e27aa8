-- 011 on a server: every score row has a version (see resources/sql/011_score_versions.sql), and every committed change
-- of scores is announced to the programs that listen (LISTEN parindex_scores), so that open windows refresh.
--
-- * The version is set in a BEFORE UPDATE trigger: whatever a client writes, a changed row gets the next version and
--   an unchanged one keeps its own (a client cannot move it back to pass a stale edit).
-- * NOTIFY parindex_scores with the cohort-year as payload ("COHORT_ID:YEAR"), once per cohort-year a statement
--   touched (statement triggers over the changed rows); the server delivers it at COMMIT, and not at all on ROLLBACK.
--   The listening program ignores its own (QSqlDriver::SelfSource) and refreshes on the others'.

ALTER TABLE scores ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);

CREATE FUNCTION par_version_scores() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (OLD.value_micro, OLD.note, OLD.evidence) IS DISTINCT FROM (NEW.value_micro, NEW.note, NEW.evidence) THEN
        NEW.version := OLD.version + 1;
    ELSE
        NEW.version := OLD.version;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER scores_versioned BEFORE UPDATE ON scores FOR EACH ROW EXECUTE FUNCTION par_version_scores();

CREATE FUNCTION par_notify_scores() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('parindex_scores', x.payload)
    FROM (SELECT DISTINCT m.cohort_id || ':' || f.year AS payload
          FROM changed t
          JOIN criteria c ON c.id = t.criterion_id
          JOIN frameworks f ON f.id = c.framework_id
          JOIN cohorts co ON co.index_id = f.index_id
          JOIN cohort_members m ON m.cohort_id = co.id AND m.year = f.year AND m.unit_id = t.unit_id) x;
    RETURN NULL;
END
$$;
CREATE TRIGGER scores_notify_insert AFTER INSERT ON scores REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION par_notify_scores();
CREATE TRIGGER scores_notify_update AFTER UPDATE ON scores REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION par_notify_scores();
CREATE TRIGGER scores_notify_delete AFTER DELETE ON scores REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION par_notify_scores();

-- The import's own statements set the version themselves, because the owner's import runs with the triggers off
-- (Database::suspendTriggers). An appraiser's or a unit's import runs with them on, and the trigger above still
-- decides the version; the column grant only lets their statements name it (migration 010 grants by column).
DO $$
BEGIN
    EXECUTE format('GRANT UPDATE (version) ON scores TO %I, %I', par_group('appraiser'), par_group('unit'));
END
$$;
