-- The audit log on a server (see resources/sql/queries/audit.sql and resources/sql/pg/baseline.sql). The actor is
-- always the session's role (session_user), so the program's actor is not sent; the reason and the source are
-- transaction-local settings, gone when the transaction ends.

-- name: set_context
SELECT set_config('parindex.reason', coalesce(CAST(:reason AS TEXT), ''), true),
    set_config('parindex.source', CAST(:source AS TEXT), true), set_config('parindex.reopen', '0', true),
    CAST(:actor AS TEXT)

-- name: permit_reopen
SELECT set_config('parindex.reopen', '1', true)

-- name: clear_context
SELECT set_config('parindex.reason', '', true), set_config('parindex.source', '', true),
    set_config('parindex.reopen', '0', true)

-- name: append
SELECT par_log(:action, :entity, :index_code, CAST(:year AS BIGINT), :unit, :criterion, :stage, :old_value,
    :new_value)

-- The highest id ever given to an entry.
-- name: last_id
SELECT last FROM audit_sequence WHERE one = 1

-- The chain is sealed through the owner's functions (resources/sql/pg/010_roles.sql): an account that may read only
-- part of the log (a unit's) still seals what it wrote, and no account may update the log itself.
-- name: unsealed
SELECT id, at, actor, source, action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason
FROM par_audit_unsealed()

-- name: previous_hash
SELECT par_audit_previous_hash(:id)

-- The seals of a transaction's entries in one statement, as arrays ("{...}"): a round trip per entry is most of the
-- time of sealing an import's thousands of entries.
-- name: seal_all
SELECT count(par_audit_seal(x.hash, x.id)) FROM unnest(CAST(:hashes AS TEXT[]), CAST(:ids AS BIGINT[])) AS x (hash, id)

-- seal_all as one UPDATE, for the owner with the log's append-only trigger off for it (AuditLog's sealOnServer): the
-- function call and the trigger per entry are half the time of sealing an import's thousands of entries.
-- name: seal_all_owner
UPDATE audit_log a SET hash = x.hash FROM unnest(CAST(:hashes AS TEXT[]), CAST(:ids AS BIGINT[])) AS x (hash, id)
WHERE a.id = x.id AND a.hash IS NULL

-- The connected account (see Permissions): its role and, for a unit account, its unit.
-- name: account
SELECT par_account_role(), par_account_unit(), par_unit_name(par_account_unit())

-- name: user_add
SELECT par_user_add(:login, :role, :unit, :verifier)

-- name: user_remove
SELECT par_user_remove(:login)

-- name: user_exists
SELECT count(*) FROM pg_roles WHERE rolname = :login

-- name: user_list
SELECT a.login, a.role, par_unit_name(a.unit_id) FROM par_accounts a
UNION ALL
SELECT r.rolname, 'secretariat', NULL FROM pg_roles r
WHERE r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
    AND NOT EXISTS (SELECT 1 FROM par_accounts a WHERE a.login = r.rolname)
ORDER BY 1

-- The owner's bulk entries (AuditLog::appendSealed): an import's replaced values, new units and memberships, numbered,
-- sealed by the program and written by one COPY, with the log's numbering trigger off (AuditLog::beginBulk).
-- Numbering row by row updates audit_sequence once per entry, and a row updated thousands of times in one transaction
-- is found again through all its versions: the cost grows with the square of the entries. Here the ids are taken at
-- once, under the same row lock, with what the trigger would write in each entry (the time, the session's account, the
-- source and the reason) and the hash of the entry before them, which the program has sealed (AuditLog::sealSoFar).
-- name: take_ids
WITH taken AS (UPDATE audit_sequence SET last = last + CAST(:count AS BIGINT) WHERE one = 1
               RETURNING last - CAST(:count AS BIGINT) AS first)
SELECT first, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    CAST(session_user AS TEXT), coalesce(nullif(current_setting('parindex.source', true), ''), 'external'),
    nullif(current_setting('parindex.reason', true), ''), par_audit_previous_hash(first + 1)
FROM taken
