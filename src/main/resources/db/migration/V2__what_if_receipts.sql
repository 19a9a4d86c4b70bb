-- A recorded what-if is one receipt holding both rulebases: the base is the receipt's own rulebase_version,
-- rule_folder and receipt_rule_file rows; the changed policy is below. For a changed folder (--against) its files are
-- listed like the base's (contents stored once per SHA-256 in rule_file_content); for parameters set in memory
-- (--set) the changed rulebase is the base's files with the settings applied, so its files are the base's and the
-- settings are kept in order. Every other command leaves these empty.

ALTER TABLE receipt ADD COLUMN changed_rulebase_version CHAR(64);
ALTER TABLE receipt ADD COLUMN changed_rule_folder VARCHAR(1000);
ALTER TABLE receipt ADD COLUMN changed_settings VARCHAR(4000);  -- JSON array of "NAME=VALUE", as set
CREATE INDEX receipt_by_changed_rulebase ON receipt (changed_rulebase_version);

-- Each rule and reference file of the changed rulebase: path in its folder and SHA-256.
CREATE TABLE receipt_changed_rule_file (
    receipt_id  CHAR(36)      NOT NULL REFERENCES receipt (id),
    path        VARCHAR(500)  NOT NULL,
    sha256      CHAR(64)      NOT NULL REFERENCES rule_file_content (sha256),
    PRIMARY KEY (receipt_id, path)
);
