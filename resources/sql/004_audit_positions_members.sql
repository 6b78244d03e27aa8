-- Version 4: the history also shows criteria moved within their parent and units added to or removed from a cohort.
CREATE TRIGGER criteria_audit_move AFTER UPDATE OF position ON criteria
WHEN OLD.position IS NOT NEW.position
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, criterion, old_value, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'update', 'criterion', sc.index_code, sc.year, NEW.code,
           'position ' || OLD.position, 'position ' || NEW.position, ctx.reason
    FROM score_context sc, audit_context ctx
    WHERE sc.criterion_id = NEW.id AND ctx.id = 1;
END;

CREATE TRIGGER cohort_members_audit_insert AFTER INSERT ON cohort_members
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, unit, new_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'insert', 'cohort-member', i.code, NEW.year, u.name, co.name,
           ctx.reason
    FROM cohorts co JOIN indices i ON i.id = co.index_id, units u, audit_context ctx
    WHERE co.id = NEW.cohort_id AND u.id = NEW.unit_id AND ctx.id = 1;
END;

CREATE TRIGGER cohort_members_audit_delete AFTER DELETE ON cohort_members
BEGIN
    INSERT INTO audit_log (at, actor, action, entity, index_code, year, unit, old_value, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ctx.actor, 'delete', 'cohort-member', i.code, OLD.year, u.name, co.name,
           ctx.reason
    FROM cohorts co JOIN indices i ON i.id = co.index_id, units u, audit_context ctx
    WHERE co.id = OLD.cohort_id AND u.id = OLD.unit_id AND ctx.id = 1;
END;
