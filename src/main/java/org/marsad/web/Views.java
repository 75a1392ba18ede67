package org.marsad.web;

import com.github.mustachejava.DefaultMustacheFactory;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.marsad.report.Digits;
import org.marsad.report.Lang;
import org.marsad.store.account.Account.Role;
import org.marsad.web.Sessions.Session;

/**
 * Renders the Mustache pages. Every page gets the visitor's language (from {@code ?lang=}, remembered
 * in a cookie so the choice holds across pages), the words in it, who is signed in and the form token.
 * Mustache escapes every {@code {{value}}}; templates never use the unescaped form on user text.
 */
public final class Views {
    /** Compiled templates are cached here and shared by every app of the JVM. */
    private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory("templates");
    private static final String LANG_COOKIE = "marsad_lang";
    private static final String DIGITS_COOKIE = "marsad_digits";
    private static final int YEAR_SECONDS = 365 * 24 * 3600;

    private Views() {
    }

    static void warmUp() {
        TEMPLATES.compile("home.mustache");
        Messages.of(Lang.AR);
        Messages.of(Lang.EN);
    }

    /** The language of this request: {@code ?lang=} (then remembered), else the remembered one, else Arabic. */
    public static Lang lang(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            Lang l = Lang.of(asked);
            ctx.cookie(new Cookie(LANG_COOKIE, l.code(), "/", YEAR_SECONDS, false, 0, true, null, null, SameSite.STRICT));
            return l;
        }
        return Lang.of(ctx.cookie(LANG_COOKIE));
    }

    /**
     * The digits of this request's numbers: {@code ?digits=arabic_indic} or {@code western} (then remembered),
     * else the remembered choice, else the observatory's (Western until an admin chooses).
     */
    public static Digits digits(Context ctx) {
        String asked = ctx.queryParam("digits");
        if (asked != null) {
            Digits d = "arabic_indic".equals(asked) ? Digits.ARABIC_INDIC : Digits.WESTERN;
            ctx.cookie(new Cookie(DIGITS_COOKIE, d.name().toLowerCase(java.util.Locale.ROOT), "/", YEAR_SECONDS, false, 0,
                    true, null, null, SameSite.STRICT));
            return d;
        }
        String kept = ctx.cookie(DIGITS_COOKIE);
        if (kept == null) {
            return Observatory.digits(ctx);
        }
        return "arabic_indic".equals(kept) ? Digits.ARABIC_INDIC : Digits.WESTERN;
    }

    /** The interface's words in the language of this request, writing numbers in its digits. */
    public static Messages words(Context ctx) {
        return Messages.of(lang(ctx), digits(ctx));
    }

    /** The model every page starts from. */
    public static Map<String, Object> model(Context ctx) {
        Lang lang = lang(ctx);
        Session s = Guard.session(ctx);
        Role role = s == null ? null : s.role();
        Digits digits = digits(ctx);
        Messages t = Messages.of(lang, digits);
        Map<String, Object> m = new HashMap<>();
        m.put("arabic", lang == Lang.AR);
        m.put("otherDigits", digits == Digits.WESTERN ? "arabic_indic" : "western");
        m.put("otherDigitsSample", digits == Digits.WESTERN ? Digits.ARABIC_INDIC.format(123) : "123");
        m.put("lang", lang.code());
        m.put("dir", lang.dir());
        m.put("otherLang", lang.other().code());
        m.put("t", t.tree());
        m.put("org", Observatory.name(ctx, t));
        m.put("user", role == null ? null : s.user());
        m.put("roleLabel", role == null ? null : t.label("role", role.code()));
        m.put("csrf", s == null ? null : s.csrf());
        m.put("canRead", Access.READER.allows(role));
        m.put("canEdit", Access.EDITOR.allows(role));
        m.put("isAdmin", role == Role.ADMIN);
        m.put("canAdmin", Access.ADMIN.allows(role));
        return m;
    }

    public static void render(Context ctx, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        TEMPLATES.compile(template).execute(out, model);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
