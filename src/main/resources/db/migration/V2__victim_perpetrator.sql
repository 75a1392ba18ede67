-- Victim lists often say who killed the person (an armed group, a state's forces); tallies filter by it.
ALTER TABLE victim ADD COLUMN perpetrator VARCHAR(200);
CREATE INDEX victim_source ON victim(source_id);
