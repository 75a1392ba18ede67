-- A person may decide about any two records, also a pair the linker never proposed, which has no
-- probability; and may say why (note). SQLite cannot drop a NOT NULL, so the table is built again, with
-- the doubt columns of V4, its queue index and V5's triggers brought back (dropping a table drops both).
CREATE TABLE link_decision_any (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    victim_a        BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    victim_b        BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    probability     REAL,
    decision        VARCHAR(16)  NOT NULL CHECK (decision IN ('auto','review','confirmed','rejected')),
    decided_by      VARCHAR(100),
    decided_at      VARCHAR(32)  NOT NULL,
    linked          VARCHAR(8)   NOT NULL DEFAULT 'apart' CHECK (linked IN ('apart', 'tie', 'within')),
    chance          REAL,
    priority        REAL         NOT NULL DEFAULT 0,
    note            TEXT,
    UNIQUE (victim_a, victim_b),
    CHECK (victim_a < victim_b)
);
INSERT INTO link_decision_any (id, victim_a, victim_b, probability, decision, decided_by, decided_at,
                               linked, chance, priority)
    SELECT id, victim_a, victim_b, probability, decision, decided_by, decided_at, linked, chance, priority
    FROM link_decision;
DROP TABLE link_decision;
ALTER TABLE link_decision_any RENAME TO link_decision;
CREATE INDEX link_decision_queue ON link_decision(decision, priority);
CREATE TRIGGER link_decision_insert_bumps_version AFTER INSERT ON link_decision BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER link_decision_update_bumps_version AFTER UPDATE ON link_decision BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER link_decision_delete_bumps_version AFTER DELETE ON link_decision BEGIN UPDATE data_version SET n = n + 1; END;
UPDATE data_version SET n = n + 1;
