-- Receipts: every recorded run of review, check, explain or forecast, kept so that a decision can be tied to the
-- exact rules, input and tool that made it, and replayed. One set of SQL for H2 (PostgreSQL mode) and PostgreSQL.
-- Append-only: a receipt is never updated, except that purge empties its stored input and output (children's data)
-- and notes when. The panel's decisions (a later migration) reference receipt(id) and receipt_placement.

-- The contents of rule and reference files, stored once per SHA-256 (gzip). Not children's data: never purged.
CREATE TABLE rule_file_content (
    sha256      CHAR(64)  PRIMARY KEY,
    size_bytes  BIGINT    NOT NULL,
    gzip        BYTEA     NOT NULL
);

-- Case files as read, stored once per SHA-256 (gzip). gzip is emptied (NULL) by purge; the hash and size stay.
CREATE TABLE input_content (
    sha256      CHAR(64)  PRIMARY KEY,
    size_bytes  BIGINT    NOT NULL,
    gzip        BYTEA,
    purged_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE receipt (
    id               CHAR(36)      PRIMARY KEY,   -- UUID version 7: sorts in the order recorded
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    command          VARCHAR(20)   NOT NULL,      -- review, check, explain, forecast
    arguments        VARCHAR(4000) NOT NULL,      -- JSON array: the command line as run, without --record/--db/--out
    output_format    VARCHAR(10)   NOT NULL,      -- table, json, csv, html
    as_of            DATE          NOT NULL,
    authority        VARCHAR(300),
    tool_version     VARCHAR(100)  NOT NULL,      -- Maven version + git commit
    java_version     VARCHAR(100)  NOT NULL,
    drools_version   VARCHAR(50)   NOT NULL,
    rulebase_version CHAR(64)      NOT NULL,
    rule_folder      VARCHAR(1000) NOT NULL,      -- "rules (packaged)" or the --rules folder
    input_sha256     CHAR(64)      NOT NULL,      -- of all inputs' bytes in order (what the output's inputSha256 says)
    output_sha256    CHAR(64)      NOT NULL,
    reviewed         INTEGER       NOT NULL,
    rejected         INTEGER       NOT NULL,
    run_by           VARCHAR(200)  NOT NULL,      -- "os-user NAME" (CLI) or "service ROLE LABEL" (serve)
    duration_ms      BIGINT        NOT NULL,
    purged_at        TIMESTAMP WITH TIME ZONE     -- when its input and output were deleted
);
CREATE INDEX receipt_by_rulebase ON receipt (rulebase_version);
CREATE INDEX receipt_by_recorded_at ON receipt (recorded_at);

-- Each rule and reference file the run loaded: path in the rule folder and its SHA-256.
CREATE TABLE receipt_rule_file (
    receipt_id  CHAR(36)      NOT NULL REFERENCES receipt (id),
    path        VARCHAR(500)  NOT NULL,
    sha256      CHAR(64)      NOT NULL REFERENCES rule_file_content (sha256),
    PRIMARY KEY (receipt_id, path)
);

-- The case files the run read, in order, under the names it read them by.
CREATE TABLE receipt_input (
    receipt_id  CHAR(36)      NOT NULL REFERENCES receipt (id),
    position    INTEGER       NOT NULL,
    name        VARCHAR(1000) NOT NULL,
    csv         BOOLEAN       NOT NULL,
    sha256      CHAR(64)      NOT NULL REFERENCES input_content (sha256),
    PRIMARY KEY (receipt_id, position)
);

-- The output exactly as written (gzip); the row is deleted by purge, receipt.output_sha256 stays.
CREATE TABLE receipt_output (
    receipt_id  CHAR(36)  PRIMARY KEY REFERENCES receipt (id),
    size_bytes  BIGINT    NOT NULL,
    gzip        BYTEA     NOT NULL
);

-- The placements the output shows (rank and weekly cost where it ranks them): for the log's --placement filter
-- and for the panel's decisions and "since the last panel" later. Pseudonymous ids only.
CREATE TABLE receipt_placement (
    receipt_id   CHAR(36)       NOT NULL REFERENCES receipt (id),
    placement_id VARCHAR(100)   NOT NULL,
    rank         INTEGER,
    weekly_cost  NUMERIC(14, 2),
    PRIMARY KEY (receipt_id, placement_id)
);

-- The findings the output shows: rule id, the placement (NULL for a caseload finding), and the weekly saving
-- where the finding is money. For the log's --rule filter and for decisions on an option later.
CREATE TABLE receipt_finding (
    receipt_id    CHAR(36)       NOT NULL REFERENCES receipt (id),
    position      INTEGER        NOT NULL,
    rule_id       VARCHAR(50)    NOT NULL,
    placement_id  VARCHAR(100),
    weekly_saving NUMERIC(14, 2),
    PRIMARY KEY (receipt_id, position)
);
CREATE INDEX receipt_finding_by_rule ON receipt_finding (rule_id);
CREATE INDEX receipt_finding_by_placement ON receipt_finding (placement_id);
