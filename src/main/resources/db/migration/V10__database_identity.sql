-- Who this database is, for what is kept outside it: its id names its audit anchor file (the head of the
-- audit trail, kept apart so truncation and re-chaining show), and key_check tells its own secret key
-- from another one (a fingerprint derived from the key, never the key). One row, written on first open.
CREATE TABLE database_identity (
    id          INTEGER      PRIMARY KEY CHECK (id = 1),
    database_id VARCHAR(36)  NOT NULL,
    key_check   VARCHAR(32)  NOT NULL,
    created_at  VARCHAR(32)  NOT NULL
);
