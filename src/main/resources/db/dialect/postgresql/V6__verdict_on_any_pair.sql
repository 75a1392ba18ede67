-- A person may decide about any two records, also a pair the linker never proposed, which has no
-- probability; and may say why (note).
ALTER TABLE link_decision ALTER COLUMN probability DROP NOT NULL;
ALTER TABLE link_decision ADD COLUMN note TEXT;
