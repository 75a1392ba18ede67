-- Marsad's first data model (DESIGN.md). One script serves SQLite and PostgreSQL: the few types that
-- differ come from Flyway placeholders set by store.Database (${pk}, ${real}); what cannot be written
-- the same way in both lives in db/dialect/{sqlite,postgresql}.
-- Dates are ISO-8601 text ('2017-06-05'); a date_precision / place_precision code says how exact they
-- are, as UCDP and ACLED record it. Timestamps are ISO-8601 UTC text. Both sort correctly as text.

CREATE TABLE source (
    id              ${pk},
    name            VARCHAR(200) NOT NULL UNIQUE,
    kind            VARCHAR(40)  NOT NULL,          -- observatory, ngo, un, media, ministry, witness, list
    reliability     CHAR(1)      NOT NULL DEFAULT 'F' CHECK (reliability IN ('A','B','C','D','E','F')),
    -- who the source is and how to reach them: confidential, shown only to roles allowed to see it
    confidential_identity TEXT,
    created_at      VARCHAR(32)  NOT NULL
);

CREATE TABLE report (
    id              ${pk},
    source_id       BIGINT REFERENCES source(id),
    title           TEXT,
    body            TEXT         NOT NULL,
    sha256          CHAR(64)     NOT NULL UNIQUE,   -- the same text is stored once
    lang            VARCHAR(8)   NOT NULL,
    published_on    VARCHAR(10),
    period_from     VARCHAR(10),
    period_to       VARCHAR(10),
    created_at      VARCHAR(32)  NOT NULL
);

CREATE TABLE place (
    pcode           VARCHAR(20)  PRIMARY KEY,
    parent_pcode    VARCHAR(20)  REFERENCES place(pcode),
    level           SMALLINT     NOT NULL,          -- 0 country, 1 governorate, 2 district, 3 sub-district, 4 community
    name_ar         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    lat             ${real},
    lon             ${real}
);

CREATE TABLE incident (
    id              ${pk},
    occurred_from   VARCHAR(10),
    occurred_to     VARCHAR(10),
    date_precision  SMALLINT     NOT NULL DEFAULT 1, -- 1 day … 5 year or longer (UCDP date_prec)
    place_pcode     VARCHAR(20)  REFERENCES place(pcode),
    place_text      TEXT,
    place_precision SMALLINT     NOT NULL DEFAULT 1, -- 1 exact place … 7 country (UCDP where_prec)
    cause           VARCHAR(40),
    perpetrator     VARCHAR(200),
    grade           VARCHAR(16)  NOT NULL DEFAULT 'weak'
                    CHECK (grade IN ('confirmed','fair','weak','contested','discounted')),
    created_at      VARCHAR(32)  NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0
);

-- Figures per group and outcome as min / best / max, as UCDP GED, Iraq Body Count and Airwars keep them.
CREATE TABLE incident_figure (
    incident_id     BIGINT       NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    group_code      VARCHAR(16)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    low             BIGINT       NOT NULL CHECK (low >= 0),
    best            BIGINT       NOT NULL,
    high            BIGINT       NOT NULL,
    PRIMARY KEY (incident_id, group_code, outcome),
    CHECK (low <= best AND best <= high)
);

CREATE TABLE claim (
    id              ${pk},
    report_id       BIGINT       NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    ordinal         INTEGER      NOT NULL,          -- index in the report's list of claims
    outcome         VARCHAR(16)  NOT NULL,
    count           BIGINT       NOT NULL CHECK (count >= 0),
    qualifier       VARCHAR(16)  NOT NULL,
    group_code      VARCHAR(16)  NOT NULL,
    within_ordinal  INTEGER,
    affiliation     TEXT,
    cause           VARCHAR(40),
    perpetrator     VARCHAR(200),
    place_text      TEXT,
    place_pcode     VARCHAR(20),
    period_from     VARCHAR(10),
    period_to       VARCHAR(10),
    span_start      INTEGER      NOT NULL,
    span_end        INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'extracted'
                    CHECK (status IN ('extracted','confirmed','edited','rejected')),
    incident_id     BIGINT       REFERENCES incident(id),
    version         INTEGER      NOT NULL DEFAULT 0, -- optimistic locking: two editors, one wins
    UNIQUE (report_id, ordinal)
);

CREATE TABLE person (
    id              ${pk},
    created_at      VARCHAR(32)  NOT NULL
);

-- One record of a named dead person, as one source lists them; names as written.
CREATE TABLE victim (
    id              ${pk},
    source_id       BIGINT       NOT NULL REFERENCES source(id),
    record_key      VARCHAR(100) NOT NULL,          -- the record's id in the source's own list
    full_name       TEXT         NOT NULL,
    given_name      TEXT,
    father_name     TEXT,
    grandfather_name TEXT,
    family_name     TEXT,
    sex             CHAR(1)      CHECK (sex IN ('M','F')),
    age             SMALLINT     CHECK (age >= 0 AND age < 130),
    age_group       VARCHAR(16),                    -- child, adult, elderly, when no age is known
    status          VARCHAR(16),                    -- civilian, fighter
    affiliation     TEXT,
    died_on         VARCHAR(10),
    place_text      TEXT,
    place_pcode     VARCHAR(20),
    cause           VARCHAR(40),
    incident_id     BIGINT       REFERENCES incident(id),
    person_id       BIGINT       REFERENCES person(id),
    UNIQUE (source_id, record_key)
);

CREATE TABLE link_decision (
    id              ${pk},
    victim_a        BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    victim_b        BIGINT       NOT NULL REFERENCES victim(id) ON DELETE CASCADE,
    probability     ${real}      NOT NULL,
    decision        VARCHAR(16)  NOT NULL CHECK (decision IN ('auto','review','confirmed','rejected')),
    decided_by      VARCHAR(100),
    decided_at      VARCHAR(32)  NOT NULL,
    UNIQUE (victim_a, victim_b),
    CHECK (victim_a < victim_b)
);

CREATE TABLE account (
    id              ${pk},
    name            VARCHAR(100) NOT NULL UNIQUE,
    role            VARCHAR(16)  NOT NULL CHECK (role IN ('admin','editor','analyst')),
    password_hash   TEXT         NOT NULL,
    created_at      VARCHAR(32)  NOT NULL
);

-- Append-only: each entry's hash covers its fields and the previous entry's hash, so an edited or
-- deleted entry breaks the chain.
CREATE TABLE audit_entry (
    id              ${pk},
    at              VARCHAR(32)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    entity          VARCHAR(40)  NOT NULL,
    entity_id       VARCHAR(100),
    before_json     TEXT,
    after_json      TEXT,
    prev_hash       CHAR(64)     NOT NULL UNIQUE,   -- a fork of the chain cannot be written
    hash            CHAR(64)     NOT NULL UNIQUE
);

CREATE INDEX claim_report ON claim(report_id);
CREATE INDEX claim_incident ON claim(incident_id);
CREATE INDEX victim_person ON victim(person_id);
CREATE INDEX victim_incident ON victim(incident_id);
CREATE INDEX victim_died_on ON victim(died_on);
CREATE INDEX incident_occurred ON incident(occurred_from);
CREATE INDEX place_parent ON place(parent_pcode);
