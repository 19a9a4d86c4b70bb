-- The panel's monthly cycle: what each recorded review's caseload cost the council, and the panel's decisions on
-- the options of a recorded review. One set of SQL for H2 (PostgreSQL mode) and PostgreSQL. Append-only: a changed
-- decision is a new row that supersedes the old one; no row is updated or deleted (docs/panel-cycle.md).

-- A recorded review's financial year and top N: what "since the last panel" compares and counts in-year against.
CREATE TABLE receipt_review (
    receipt_id  CHAR(36)  PRIMARY KEY REFERENCES receipt (id),
    year_start  DATE      NOT NULL,
    year_end    DATE      NOT NULL,
    top_count   INTEGER   NOT NULL,
    since_last  BOOLEAN   NOT NULL    -- whether its output compares it with the last panel (replay repeats it)
);

-- Every placement on a recorded review's caseload (not only the top N shown): its rank, the council's weekly cost
-- (net of contributions), what the calendar needs to turn a weekly figure into in-year and full-year ones, and the
-- options counted in its best reduction of the council's spend (rule ids, space-separated) with that reduction's
-- full-year figure. Pseudonymous ids and costs only. It lets a later review say which placements ended or are new,
-- how far an agreed action has cut the council's cost, and a placement's history across reviews.
CREATE TABLE receipt_caseload (
    receipt_id       CHAR(36)       NOT NULL REFERENCES receipt (id),
    placement_id     VARCHAR(100)   NOT NULL,
    rank             INTEGER        NOT NULL,
    net_weekly_cost  NUMERIC(14, 2) NOT NULL,
    weeks_per_year   INTEGER        NOT NULL,
    start_date       DATE,
    planned_end      DATE,
    counted_rules    VARCHAR(1000)  NOT NULL,
    reduction_full_year NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (receipt_id, placement_id)
);
CREATE INDEX receipt_caseload_by_placement ON receipt_caseload (placement_id);

-- The panel's decision on one option (rule) of one placement in a recorded review. supersedes: the decision in
-- force on the same option (same authority, placement and rule) when this one was recorded; a decision is in force
-- until a later one supersedes it. target_weekly: the fall in the council's weekly cost the action is to bring.
CREATE TABLE panel_decision (
    id            CHAR(36)       PRIMARY KEY,   -- UUID version 7, as receipts: sorts in the order recorded
    receipt_id    CHAR(36)       NOT NULL REFERENCES receipt (id),
    placement_id  VARCHAR(100)   NOT NULL,
    rule_id       VARCHAR(50)    NOT NULL,
    decision      VARCHAR(20)    NOT NULL,      -- AGREED, REJECTED, DEFERRED, MORE_INFORMATION
    owner         VARCHAR(200)   NOT NULL,
    due           DATE           NOT NULL,
    target_weekly NUMERIC(14, 2),
    note          VARCHAR(2000),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(200)   NOT NULL,      -- "os-user NAME" (CLI) or "service ROLE LABEL" (serve)
    supersedes    CHAR(36)       UNIQUE REFERENCES panel_decision (id)
);
CREATE INDEX panel_decision_by_placement ON panel_decision (placement_id);
CREATE INDEX panel_decision_by_receipt ON panel_decision (receipt_id);
