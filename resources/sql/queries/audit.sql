-- The audit log (core/storage/AuditLog.cpp): who and why for the transaction, and the entries the program writes
-- itself. The sealing of the chain and the checks read and write through SQLite directly in a SQLite file
-- (AuditLog.cpp), and through the statements at the end of this file on a server.

-- An older schema (tests of upgrades) keeps its one permanent row.
-- name: set_context_unchained
UPDATE audit_context SET actor = :actor, reason = :reason WHERE id = 1

-- name: set_context
INSERT INTO audit_context (id, actor, reason, source, reopen) VALUES (1, :actor, :reason, :source, 0)
ON CONFLICT (id) DO UPDATE SET actor = excluded.actor, reason = excluded.reason, source = excluded.source, reopen = 0

-- name: permit_reopen
UPDATE audit_context SET reopen = 1 WHERE id = 1

-- name: clear_context
DELETE FROM audit_context

-- name: append
INSERT INTO audit_log (at, actor, source, reason, action, entity, index_code, year, unit, criterion, stage, old_value,
    new_value)
SELECT n.at, n.actor, n.source, n.reason, :action, :entity, :index_code, :year, :unit, :criterion, :stage, :old_value,
    :new_value
FROM audit_now n

-- name: actors
SELECT DISTINCT actor FROM audit_log ORDER BY actor

-- The chain on a server (AuditLog.cpp: sealOnServer, verifyOnServer).
-- name: unsealed
SELECT id, at, actor, source, action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason
FROM audit_log WHERE hash IS NULL ORDER BY id

-- name: previous_hash
SELECT hash FROM audit_log WHERE id < :id ORDER BY id DESC LIMIT 1

-- name: seal
UPDATE audit_log SET hash = :hash WHERE id = :id

-- name: chain
SELECT id, at, actor, source, action, entity, index_code, year, unit, criterion, stage, old_value, new_value, reason,
    hash
FROM audit_log ORDER BY id

-- The highest id ever given to an entry.
-- name: last_id
SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'
