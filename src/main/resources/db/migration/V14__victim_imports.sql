-- Issue 16: a web write during a 300,000-row import waited 12 s and was refused, because the import held
-- SQLite's only write lock in one transaction for minutes. An import now writes its rows in short commits
-- of their own, each row marked with its import, and they count for nothing (no list, count, link, tally,
-- export, search or backup sees them) until one last short commit sets committed_at. An import whose
-- process died is found by its owner (host and process) and its rows removed (store.victim.VictimImports).
CREATE TABLE victim_import (
    id              ${pk},
    source_id       BIGINT       NOT NULL REFERENCES source(id),
    source_created  SMALLINT     NOT NULL DEFAULT 0,   -- the import made its source: it goes if the import does
    file_name       TEXT         NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    owner           VARCHAR(200) NOT NULL,             -- host, process id and start time of the importing process
    ids_after       BIGINT       NOT NULL,             -- every record it writes has a higher id (cleaning up reads from here)
    started_at      VARCHAR(32)  NOT NULL,
    committed_at    VARCHAR(32)                        -- null while importing
);
-- the few imports still writing: every reader of the records asks for them
CREATE INDEX victim_import_pending ON victim_import(id) WHERE committed_at IS NULL;
ALTER TABLE victim ADD COLUMN import_id BIGINT REFERENCES victim_import(id);
