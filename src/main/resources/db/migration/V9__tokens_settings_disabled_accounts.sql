-- Issue 17: API tokens for scripts, the installation's settings, and accounts an admin disabled.

-- A script signs in with a token that `marsad user token NAME` printed once. Only its SHA-256 is kept:
-- a token is 256 random bits, so a fast hash is as safe as a slow one, and a stolen database holds no
-- token that works.
CREATE TABLE api_token (
    id              ${pk},
    account_id      BIGINT       NOT NULL REFERENCES account(id),
    token_hash      CHAR(64)     NOT NULL UNIQUE,
    created_at      VARCHAR(32)  NOT NULL,
    last_used_at    VARCHAR(32)
);
CREATE INDEX api_token_account ON api_token(account_id);

-- Settings set once for the whole installation (the observatory's own name), a value per name.
CREATE TABLE setting (
    name            VARCHAR(100) NOT NULL PRIMARY KEY,
    value           TEXT         NOT NULL
);

-- A disabled account keeps its name, history and audit trail but can no longer sign in or use its tokens.
ALTER TABLE account ADD COLUMN disabled_at VARCHAR(32);
