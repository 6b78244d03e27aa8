-- Version 2: the History page filters the audit log by unit, criterion, year and person; the method's decision
-- (e.g. "2636/QĐ-BNV") is recorded with each framework so a trend can say which method a year used.
ALTER TABLE frameworks ADD COLUMN decision TEXT;
CREATE INDEX audit_log_year ON audit_log (index_code, year);
CREATE INDEX audit_log_unit ON audit_log (unit);
CREATE INDEX audit_log_actor ON audit_log (actor);
