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
