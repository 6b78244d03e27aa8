-- Version 10: accounts and roles. They exist only on a PostgreSQL server (resources/sql/pg/010_roles.sql), where the
-- server itself enforces them. A SQLite file has no accounts: whoever may open the file may change it, as before.
--
-- This file is here because the migration runner counts versions from the shared scripts (Database::latestVersion):
-- without it a server database would never reach version 10. On SQLite it changes nothing.
SELECT 1;
