-- The tally states the linker's doubt from link_decision (tally.LinkDoubts): a verdict changes it, so a
-- change there makes the tally's snapshot stale like a change to a victim.
CREATE TRIGGER link_decision_bumps_version AFTER INSERT OR UPDATE OR DELETE ON link_decision FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
