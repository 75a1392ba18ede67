-- The tally states the linker's doubt from link_decision (tally.LinkDoubts): a verdict changes it, so a
-- change there makes the tally's snapshot stale like a change to a victim.
CREATE TRIGGER link_decision_insert_bumps_version AFTER INSERT ON link_decision BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER link_decision_update_bumps_version AFTER UPDATE ON link_decision BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER link_decision_delete_bumps_version AFTER DELETE ON link_decision BEGIN UPDATE data_version SET n = n + 1; END;
