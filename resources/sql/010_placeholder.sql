-- Placeholder for migration 010 (pg roles, another branch), so that this branch's schema numbers have no gap; the
-- lead drops this file at merge.
SELECT 1;
