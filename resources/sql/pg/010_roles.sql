-- Version 10 on a server: accounts and roles, enforced by the server for every program that connects (psql too).
--
-- Four group roles per database, named after it ("<db>_secretariat", "<db>_appraiser", "<db>_unit", "<db>_viewer"),
-- so that two parindex databases on one server never share them. A login gets one of them (parindex user add):
--
-- * secretariat: everything: indexes, frameworks, units, cohorts and members, finalise and reopen, published ranks,
--   report settings, accounts, and scores of both stages (it imports the templates the units mail in).
-- * appraiser:   the final (appraised) scores with their notes and evidence; reads everything.
-- * unit:        the self-assessed scores, notes and evidence of its own unit only; reads its own scores, the final
--                scores of finalised (published) cohort-years, the published ranks and what every unit reads
--                (criteria, units, cohorts); the audit log of its own unit.
-- * viewer:      reads everything, writes nothing.
--
-- The database's owner, a superuser, and the role that ran "parindex init" (the owner of the tables) are the
-- secretariat. A login's unit is recorded in par_accounts, which the row-level policies read through session_user
-- (the role the server authenticated, as the audit log's actor). Refusals of the score rules are raised with
-- SQLSTATE 42501 and a DETAIL of "role|own unit|unit|stage", which parindex turns into a sentence
-- (ServerBackend.cpp: permissionError); psql shows the English message.
--
-- The log is written only by the triggers and the sealing functions (SECURITY DEFINER, as the owner): no group may
-- insert into or update the log or its sequence directly. The role that runs this migration must be able to create
-- roles (a superuser, or CREATEROLE).

CREATE TABLE par_accounts (
    login TEXT COLLATE "C" PRIMARY KEY,
    role TEXT COLLATE "C" NOT NULL CHECK (role IN ('secretariat', 'appraiser', 'unit', 'viewer')),
    unit_id BIGINT REFERENCES units (id) ON DELETE RESTRICT,
    CHECK ((role = 'unit') = (unit_id IS NOT NULL))
);

-- The group role of one kind in this database; a long database name is shortened with a digest (63 bytes at most).
CREATE FUNCTION par_group(p_kind TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN octet_length(current_database()) <= 48 THEN current_database()
                ELSE left(current_database(), 38) || '_' || left(md5(current_database()), 8) END || '_' || p_kind
$$;

DO $$
DECLARE
    kind TEXT;
BEGIN
    FOREACH kind IN ARRAY ARRAY['secretariat', 'appraiser', 'unit', 'viewer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = par_group(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', par_group(kind));
        END IF;
    END LOOP;
END
$$;

-- What the session's account is here: its role, and for a unit account its unit. Definer: par_accounts is not
-- readable by every account.
CREATE FUNCTION par_account_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE
        WHEN r.rolsuper OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
             OR r.oid = (SELECT relowner FROM pg_class WHERE oid = 'scores'::regclass) THEN 'secretariat'
        WHEN a.role IS NOT NULL THEN a.role
        WHEN pg_has_role(r.oid, par_group('secretariat'), 'MEMBER') THEN 'secretariat'
        WHEN pg_has_role(r.oid, par_group('appraiser'), 'MEMBER') THEN 'appraiser'
        WHEN pg_has_role(r.oid, par_group('viewer'), 'MEMBER') THEN 'viewer'
    END
    FROM pg_roles r LEFT JOIN par_accounts a ON a.login = r.rolname
    WHERE r.rolname = session_user
$$;

CREATE FUNCTION par_account_unit() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT unit_id FROM par_accounts WHERE login = session_user AND role = 'unit'
$$;

CREATE FUNCTION par_may_write_score(p_unit BIGINT, p_stage TEXT) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT CASE (SELECT par_account_role())
        WHEN 'secretariat' THEN true
        WHEN 'appraiser' THEN p_stage = 'final'
        WHEN 'unit' THEN p_stage = 'self' AND p_unit = (SELECT par_account_unit())
        ELSE false
    END
$$;

-- Before the policies' own check, so that the refusal says what was refused (see the DETAIL above). Where the
-- policies do not apply (the owner, a superuser: the national import) it costs one test per row.
CREATE FUNCTION par_guard_scores() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r scores;
    who TEXT;
BEGIN
    IF NOT row_security_active(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    who := par_account_role();
    FOREACH r IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD] ELSE ARRAY[OLD, NEW] END
    LOOP
        IF NOT coalesce(par_may_write_score(r.unit_id, r.stage), false) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('not permitted: your account (%s%s) may not change the %s scores of %s',
                                 coalesce(who, 'no role'), coalesce(' ' || par_unit_name(par_account_unit()), ''),
                                 CASE r.stage WHEN 'self' THEN 'self-assessed' ELSE 'final' END,
                                 par_unit_name(r.unit_id)),
                DETAIL = coalesce(who, '') || '|' || coalesce(par_unit_name(par_account_unit()), '') || '|'
                         || coalesce(par_unit_name(r.unit_id), '') || '|' || r.stage;
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER scores_guarded BEFORE INSERT OR UPDATE OR DELETE ON scores
    FOR EACH ROW EXECUTE FUNCTION par_guard_scores();

-- ---- row-level security: scores and the log (the owner, who bypasses it, is the secretariat anyway) ----

ALTER TABLE scores ENABLE ROW LEVEL SECURITY;
-- A unit reads its own rows and the published results: the final scores of finalised cohort-years.
CREATE POLICY scores_read ON scores FOR SELECT
    USING ((SELECT par_account_role()) IN ('secretariat', 'appraiser', 'viewer')
           OR unit_id = (SELECT par_account_unit())
           OR (stage = 'final' AND par_score_final(unit_id, criterion_id)));
-- What one may see one may try to change; the trigger above refuses it by name, the checks hold even without it.
CREATE POLICY scores_insert ON scores FOR INSERT WITH CHECK (par_may_write_score(unit_id, stage));
CREATE POLICY scores_update ON scores FOR UPDATE
    USING ((SELECT par_account_role()) IN ('secretariat', 'appraiser', 'unit'))
    WITH CHECK (par_may_write_score(unit_id, stage));
CREATE POLICY scores_delete ON scores FOR DELETE USING (par_may_write_score(unit_id, stage));

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING ((SELECT par_account_role()) IN ('secretariat', 'appraiser', 'viewer')
           OR unit = (SELECT par_unit_name(par_account_unit())));

ALTER TABLE par_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY par_accounts_secretariat ON par_accounts USING ((SELECT par_account_role()) = 'secretariat');

-- Only the triggers write the log, as the owner; the sealing of the chain goes through these functions, which read
-- every unsealed entry whatever the caller may read (they are normally the caller's own, writers taking turns).
ALTER FUNCTION par_log(TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT) SECURITY DEFINER;

CREATE FUNCTION par_audit_unsealed() RETURNS SETOF audit_log LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT * FROM audit_log WHERE hash IS NULL ORDER BY id
$$;

CREATE FUNCTION par_audit_previous_hash(p_id BIGINT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT hash FROM audit_log WHERE id < p_id ORDER BY id DESC LIMIT 1
$$;

-- The append-only trigger still refuses anything but a hash on an unsealed entry; a wrong hash shows in "check".
CREATE FUNCTION par_audit_seal(p_hash TEXT, p_id BIGINT) RETURNS BIGINT LANGUAGE sql SECURITY DEFINER AS $$
    UPDATE audit_log SET hash = p_hash WHERE id = p_id AND hash IS NULL RETURNING id
$$;

-- ---- accounts: parindex user add | remove, for the secretariat ----

CREATE FUNCTION par_require_secretariat() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF par_account_role() IS DISTINCT FROM 'secretariat' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'not permitted: only the secretariat manages accounts',
            DETAIL = coalesce(par_account_role(), '') || '|' || coalesce(par_unit_name(par_account_unit()), '')
                     || '|accounts|';
    END IF;
END
$$;

-- Creates the login if it is missing (p_verifier: the password as the client encrypted it, never the password), or
-- takes an existing one; gives it the group of p_role here and no other. Returns true when the login was created.
CREATE FUNCTION par_user_add(p_login TEXT, p_role TEXT, p_unit BIGINT, p_verifier TEXT) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    created boolean := false;
    kind TEXT;
BEGIN
    PERFORM par_require_secretariat();
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        EXECUTE format('COMMENT ON ROLE %I IS %L', p_login, 'parindex login');
        created := true;
    ELSIF (SELECT rolsuper FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'not permitted: a superuser is not given a parindex role',
            DETAIL = '||<superuser>|';
    END IF;
    FOREACH kind IN ARRAY ARRAY['secretariat', 'appraiser', 'unit', 'viewer'] LOOP
        IF kind <> p_role AND pg_has_role(p_login, par_group(kind), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', par_group(kind), p_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', par_group(p_role), p_login);
    INSERT INTO par_accounts (login, role, unit_id) VALUES (p_login, p_role, p_unit)
    ON CONFLICT (login) DO UPDATE SET role = excluded.role, unit_id = excluded.unit_id;
    RETURN created;
END
$$;

-- Takes the login's role here away; drops the login only if parindex created it and nothing else uses it (another
-- database's role, objects or rights: DROP ROLE refuses then, and the login stays). Returns true when dropped.
CREATE FUNCTION par_user_remove(p_login TEXT) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    kind TEXT;
BEGIN
    PERFORM par_require_secretariat();
    IF p_login = session_user THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'not permitted: an account cannot remove itself',
            DETAIL = '||<self>|';
    END IF;
    DELETE FROM par_accounts WHERE login = p_login;
    FOREACH kind IN ARRAY ARRAY['secretariat', 'appraiser', 'unit', 'viewer'] LOOP
        IF pg_has_role(p_login, par_group(kind), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', par_group(kind), p_login);
        END IF;
    END LOOP;
    IF shobj_description((SELECT oid FROM pg_roles WHERE rolname = p_login), 'pg_authid') IS DISTINCT FROM
           'parindex login'
       OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = p_login) THEN
        RETURN false;
    END IF;
    BEGIN
        EXECUTE format('DROP ROLE %I', p_login);
    EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
        RETURN false;
    END;
    RETURN true;
END
$$;

CREATE FUNCTION par_account_text(a par_accounts) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT a.login || ' / ' || a.role || coalesce(' / ' || par_unit_name(a.unit_id), '')
$$;

CREATE FUNCTION par_audit_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM par_log('insert', 'account', NULL, NULL, par_unit_name(NEW.unit_id), NULL, NULL, NULL,
                        par_account_text(NEW));
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF (OLD.login, OLD.role, OLD.unit_id) IS DISTINCT FROM (NEW.login, NEW.role, NEW.unit_id) THEN
            PERFORM par_log('update', 'account', NULL, NULL, par_unit_name(NEW.unit_id), NULL, NULL,
                            par_account_text(OLD), par_account_text(NEW));
        END IF;
        RETURN NEW;
    END IF;
    PERFORM par_log('delete', 'account', NULL, NULL, par_unit_name(OLD.unit_id), NULL, NULL, par_account_text(OLD),
                    NULL);
    RETURN OLD;
END
$$;
CREATE TRIGGER par_accounts_audit AFTER INSERT OR UPDATE ON par_accounts
    FOR EACH ROW EXECUTE FUNCTION par_audit_accounts();
CREATE TRIGGER par_accounts_audit_delete BEFORE DELETE ON par_accounts
    FOR EACH ROW EXECUTE FUNCTION par_audit_accounts();

-- Every definer function sees this schema only, whatever the caller's search_path.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION par_user_add(TEXT, TEXT, BIGINT, TEXT), par_user_remove(TEXT) FROM PUBLIC;

-- ---- the grants ----

DO $$
DECLARE
    secretariat TEXT := quote_ident(par_group('secretariat'));
    appraiser TEXT := quote_ident(par_group('appraiser'));
    unit TEXT := quote_ident(par_group('unit'));
    viewer TEXT := quote_ident(par_group('viewer'));
    everyone TEXT := format('%s, %s, %s, %s', secretariat, appraiser, unit, viewer);
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %s', current_database(), everyone);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', current_schema(), everyone);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %s', current_schema(), everyone);
    -- The secretariat writes every table but the log, its sequence, the schema's versions and the accounts (those
    -- through par_user_add and par_user_remove).
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON units, indices, cohorts, cohort_members, frameworks, criteria, '
                   'bands, scores, published_ranks, finalisations, report_settings, illustrative_criteria, '
                   'unit_events, unit_event_units TO %s', secretariat);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), secretariat);
    -- Appraisers and units write score rows (the policies choose which) and only their value, note and evidence:
    -- a row is never moved to another unit, criterion or stage.
    EXECUTE format('GRANT INSERT, DELETE ON scores TO %s, %s', appraiser, unit);
    EXECUTE format('GRANT UPDATE (value_micro, note, evidence) ON scores TO %s, %s', appraiser, unit);
    EXECUTE format('GRANT EXECUTE ON FUNCTION par_user_add(TEXT, TEXT, BIGINT, TEXT), par_user_remove(TEXT) TO %s',
                   secretariat);
    -- Tables of later versions: readable by every group, written by the secretariat, unless those versions say
    -- otherwise (a new column of scores that appraisers and units set needs its own column grant).
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %s', current_schema(), everyone);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE, DELETE ON TABLES TO %s',
                   current_schema(), secretariat);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE ON SEQUENCES TO %s', current_schema(),
                   secretariat);
END
$$;
