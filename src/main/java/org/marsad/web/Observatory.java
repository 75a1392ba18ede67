package org.marsad.web;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.report.Digits;
import org.marsad.store.Database;
import org.marsad.store.SiteSettings;

/**
 * The observatory's own name, which pages carry instead of "Marsad" once it is set ({@code serve
 * --org-name}, or an admin's settings page), and the digits its pages write numbers in for a visitor who
 * has not chosen. Read from the database once and kept; the settings page and the API change both.
 */
public final class Observatory {
    private static final String ATTRIBUTE = "marsad.org";
    private static final String DIGITS_ATTRIBUTE = "marsad.digits";

    private final SiteSettings settings;
    private final AtomicReference<String> name = new AtomicReference<>();
    private final AtomicReference<Digits> digits = new AtomicReference<>();

    Observatory(Database db) {
        this.settings = new SiteSettings(db);
        name.set(settings.get(SiteSettings.ORG_NAME).orElse(null));
        digits.set(settings.get(SiteSettings.DIGITS).map(Observatory::digits).orElse(Digits.WESTERN));
    }

    /** Puts the name and the observatory's digits on the request for the pages to show. */
    void name(Context ctx) {
        ctx.attribute(ATTRIBUTE, name.get());
        ctx.attribute(DIGITS_ATTRIBUTE, digits.get());
    }

    /** The digits of a visitor who chose none: the observatory's choice, Western until an admin sets it. */
    static Digits digits(Context ctx) {
        Digits set = ctx.attribute(DIGITS_ATTRIBUTE);
        return set != null ? set : Digits.WESTERN;
    }

    public void setDigits(Digits newDigits, String actor) {
        settings.set(SiteSettings.DIGITS, code(newDigits), actor);
        digits.set(newDigits);
    }

    public Digits digits() {
        return digits.get();
    }

    /** The code of a digits choice, as settings, cookies and {@code ?digits=} write it. */
    public static String code(Digits d) {
        return d.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A digits code; anything else is a refusal naming the field. */
    public static Digits digits(String code) {
        return Forms.code(Digits.class, code, "digits");
    }

    public void rename(String newName, String actor) {
        settings.set(SiteSettings.ORG_NAME, newName, actor);
        name.set(newName);
    }

    public String current() {
        return name.get();
    }

    /** The name this request shows: the observatory's, else the app's own in the page's language. */
    static String name(Context ctx, Messages t) {
        String set = ctx.attribute(ATTRIBUTE);
        return set != null ? set : t.get("app.name");
    }
}
