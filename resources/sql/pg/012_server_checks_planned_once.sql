-- 012 on a server: the checks that the triggers and policies run for every row of a write are planned once per session.
--
-- PostgreSQL cannot inline a LANGUAGE sql function whose body holds a sub-query or a FROM, and plans such a function
-- again in every transaction that calls it, once for each place it is called from. par_score_final joins six tables;
-- planning it took 10-14 ms, and the finalisation lock (par_lock_scores) calls it twice for each row a save updates:
-- most of the 26 ms of a one-cell save. The same queries in PL/pgSQL are kept with the session's prepared plans;
-- force_generic_plan keeps one plan for every unit and criterion (a custom plan per call would be planned each time).
-- par_framework_final (criteria and bands) and par_account_role (every row checked for an account's role: policies and
-- par_guard_scores) cost 0.3-0.5 ms a transaction each the same way. The queries and their answers are unchanged.

CREATE OR REPLACE FUNCTION par_score_final(p_unit BIGINT, p_criterion BIGINT) RETURNS boolean LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM score_context sc
                   JOIN cohorts co ON co.index_id = sc.index_id
                   JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = sc.year
                   JOIN cohort_members m ON m.cohort_id = co.id AND m.year = sc.year AND m.unit_id = p_unit
                   WHERE sc.criterion_id = p_criterion);
END
$$;

CREATE OR REPLACE FUNCTION par_framework_final(p_framework BIGINT) RETURNS boolean LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id
                   JOIN finalisations z ON z.cohort_id = co.id AND z.year = f.year WHERE f.id = p_framework);
END
$$;

CREATE OR REPLACE FUNCTION par_account_role() RETURNS TEXT LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT CASE
        WHEN r.rolsuper OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
             OR r.oid = (SELECT relowner FROM pg_class WHERE oid = 'scores'::regclass) THEN 'secretariat'
        WHEN a.role IS NOT NULL THEN a.role
        WHEN pg_has_role(r.oid, par_group('secretariat'), 'MEMBER') THEN 'secretariat'
        WHEN pg_has_role(r.oid, par_group('appraiser'), 'MEMBER') THEN 'appraiser'
        WHEN pg_has_role(r.oid, par_group('viewer'), 'MEMBER') THEN 'viewer'
    END
    FROM pg_roles r LEFT JOIN par_accounts a ON a.login = r.rolname
    WHERE r.rolname = session_user);
END
$$;
