-- The linker's doubt about each pair it proposes for review, kept so that a tally can state how far its
-- count may move (tally.LinkDoubt) and the review queue can put first the verdicts that move it most.
-- linked: 'apart' when linking left the two records in different persons; 'tie' when it put them in one
--   person and this pair is one of the links holding that person together (a doubtful edge of the
--   person's strongest spanning tree: a "different" verdict splits the person in two); 'within' when it
--   put them in one person that stronger links also hold together.
-- chance: the chance that the pair is one person, the model's probability read through what linking did
--   with the pair (link.MatchChance); the probability column keeps the model's own.
-- priority: the expected change of the count if a person decides the pair (link.ReviewQueue).
ALTER TABLE link_decision ADD COLUMN linked VARCHAR(8) NOT NULL DEFAULT 'apart'
    CHECK (linked IN ('apart', 'tie', 'within'));
ALTER TABLE link_decision ADD COLUMN chance ${real};
ALTER TABLE link_decision ADD COLUMN priority ${real} NOT NULL DEFAULT 0;
CREATE INDEX link_decision_queue ON link_decision(decision, priority);
