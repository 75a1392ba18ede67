-- A counter that every change to counted data bumps, so that the tally's in-memory snapshot knows when
-- it is stale, whichever process (web app, CLI import) made the change. SQLite has row triggers only.
CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO data_version (id, n) VALUES (1, 0);
CREATE TRIGGER source_insert_bumps_version AFTER INSERT ON source BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER source_update_bumps_version AFTER UPDATE ON source BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER source_delete_bumps_version AFTER DELETE ON source BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER report_insert_bumps_version AFTER INSERT ON report BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER report_update_bumps_version AFTER UPDATE ON report BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER report_delete_bumps_version AFTER DELETE ON report BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER claim_insert_bumps_version AFTER INSERT ON claim BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER claim_update_bumps_version AFTER UPDATE ON claim BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER claim_delete_bumps_version AFTER DELETE ON claim BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER incident_insert_bumps_version AFTER INSERT ON incident BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER incident_update_bumps_version AFTER UPDATE ON incident BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER incident_delete_bumps_version AFTER DELETE ON incident BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER incident_figure_insert_bumps_version AFTER INSERT ON incident_figure BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER incident_figure_update_bumps_version AFTER UPDATE ON incident_figure BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER incident_figure_delete_bumps_version AFTER DELETE ON incident_figure BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER victim_insert_bumps_version AFTER INSERT ON victim BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER victim_update_bumps_version AFTER UPDATE ON victim BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER victim_delete_bumps_version AFTER DELETE ON victim BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER place_insert_bumps_version AFTER INSERT ON place BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER place_update_bumps_version AFTER UPDATE ON place BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER place_delete_bumps_version AFTER DELETE ON place BEGIN UPDATE data_version SET n = n + 1; END;
