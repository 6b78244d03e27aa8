-- 012: nothing changes in a file. The number belongs to a server's schema
-- (resources/sql/pg/012_server_checks_planned_once.sql): there, the checks run for every row of a write are planned
-- once per session instead of once per transaction. A file's triggers are compiled with their statement and need
-- nothing. A file and a server keep the same schema versions, so that "parindex copy" moves a database between them.
SELECT 1;
