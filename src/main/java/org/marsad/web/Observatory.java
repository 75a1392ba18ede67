package org.marsad.web;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.store.Database;
import org.marsad.store.SiteSettings;

/**
 * The observatory's own name, which pages carry instead of "Marsad" once it is set ({@code serve
 * --org-name}, or an admin's settings page). Read from the database once and kept; the settings page
 * changes both.
 */
final class Observatory {
    private static final String ATTRIBUTE = "marsad.org";

    private final SiteSettings settings;
    private final AtomicReference<String> name = new AtomicReference<>();

    Observatory(Database db) {
        this.settings = new SiteSettings(db);
        name.set(settings.get(SiteSettings.ORG_NAME).orElse(null));
    }

    /** Puts the name on the request for the pages to show. */
    void name(Context ctx) {
        ctx.attribute(ATTRIBUTE, name.get());
    }

    void rename(String newName, String actor) {
        settings.set(SiteSettings.ORG_NAME, newName, actor);
        name.set(newName);
    }

    String current() {
        return name.get();
    }

    /** The name this request shows: the observatory's, else the app's own in the page's language. */
    static String name(Context ctx, Messages t) {
        String set = ctx.attribute(ATTRIBUTE);
        return set != null ? set : t.get("app.name");
    }
}
