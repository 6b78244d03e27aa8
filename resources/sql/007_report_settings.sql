-- Version 7: the title block and signature of the committee's reports, set once per database (Setup, or
-- `parindex settings`): the superior body, the document symbol, the place, the signer and the recipients. One row per
-- setting; a setting that is absent takes the report's default (in the report's language).
CREATE TABLE report_settings (
    key TEXT PRIMARY KEY CHECK (key IN ('superior', 'symbol', 'place', 'signer_for', 'signer_role', 'signer_name',
                                        'recipients')),
    value TEXT NOT NULL
);

-- The criteria whose figures in a year are illustrative (the demo's made-up detail under real published totals), so
-- that a report can mark them where they appear rather than only for a wholly illustrative index.
CREATE TABLE illustrative_criteria (
    index_id INTEGER NOT NULL REFERENCES indices (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (index_id, year, code)
);
