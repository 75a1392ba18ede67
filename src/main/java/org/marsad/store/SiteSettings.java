package org.marsad.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/** Settings of the whole installation, set once and kept in the database: the observatory's own name. */
public final class SiteSettings {
    /** The name pages and reports give the observatory that publishes them, in place of "Marsad". */
    public static final String ORG_NAME = "org.name";

    private final Jdbi jdbi;

    public SiteSettings(Database db) {
        this.jdbi = db.jdbi();
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", name)
                .mapTo(String.class).findOne());
    }

    /** Sets a value, audited with the value before and after. */
    public void set(String name, String value, String actor) {
        jdbi.useTransaction(h -> {
            Optional<String> before = h.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", name)
                    .mapTo(String.class).findOne();
            if (before.isPresent() && before.get().equals(value)) {
                return;
            }
            if (before.isPresent()) {
                h.createUpdate("UPDATE setting SET value = :value WHERE name = :name").bind("name", name)
                        .bind("value", value).execute();
            } else {
                h.createUpdate("INSERT INTO setting (name, value) VALUES (:name, :value)").bind("name", name)
                        .bind("value", value).execute();
            }
            AuditLog.append(h, actor, "setting.set", "setting", name,
                    before.map(v -> AuditJson.of("value", v)).orElse(null), AuditJson.of("value", value));
        });
    }
}
