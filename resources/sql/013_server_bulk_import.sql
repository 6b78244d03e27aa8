-- 013: nothing changes in a file. The number belongs to a server's schema (resources/sql/pg/013_server_bulk_import.sql):
-- there, scores lose their index by unit and are kept in one B-tree, keyed by (criterion, unit, stage), as a file's
-- have been since 008, and the owner's bulk logging seals its entries as it writes them. A file and a server keep the
-- same schema versions, so that "parindex copy" moves a database between them.
SELECT 1;
