-- A person may decide about any two records, also a pair the linker never proposed, which has no
-- probability; and may say why (note). SQLite cannot drop a NOT NULL, so the table is built again.
CREATE TABLE link_decision_any (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    victim_a        BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    victim_b        BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    probability     REAL,
    decision        VARCHAR(16)  NOT NULL CHECK (decision IN ('auto','review','confirmed','rejected')),
    decided_by      VARCHAR(100),
    decided_at      VARCHAR(32)  NOT NULL,
    note            TEXT,
    UNIQUE (victim_a, victim_b),
    CHECK (victim_a < victim_b)
);
INSERT INTO link_decision_any (id, victim_a, victim_b, probability, decision, decided_by, decided_at)
    SELECT id, victim_a, victim_b, probability, decision, decided_by, decided_at FROM link_decision;
DROP TABLE link_decision;
ALTER TABLE link_decision_any RENAME TO link_decision;
