-- Version 6: one unit per name among units without a code (a code tells same-named communes apart), so that two
-- imports can never create the same new unit twice, even if a program forgets to decide inside its transaction.
--
-- Databases written before version 5 may already hold such twins (two imports at once created every new unit twice).
-- Nothing is merged or deleted here: scores, members and ranks stay on the unit they were written to. Every twin
-- after the first is renamed "NAME (#ID)", logged as an update by parindex, so that someone can review and merge it.
INSERT INTO audit_context (id, actor, reason, source)
VALUES (1, 'parindex', 'schema 6: units without a code that share a name are told apart for review', 'parindex');

UPDATE units SET name = name || ' (#' || id || ')'
WHERE code IS NULL
  AND EXISTS (SELECT 1 FROM units first WHERE first.code IS NULL AND first.name = units.name AND first.id < units.id);

DELETE FROM audit_context;

CREATE UNIQUE INDEX units_name_uncoded ON units (name) WHERE code IS NULL;
