package org.marsad.web.source;

import org.marsad.web.Guard;
import org.marsad.web.Views;
import org.marsad.web.Messages;
import org.marsad.web.Forms;
import org.marsad.web.Access;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;

/** The sources page: everyone signed in sees the list; admins and editors also see identities and add sources. */
public final class SourcePages {
    private final SourceRegistry registry;

    public SourcePages(Database db, FieldCipher cipher) {
        this.registry = new SourceRegistry(db, cipher);
    }

    public void register(Javalin app) {
        app.get("/sources", this::list, Access.READER);
        app.post("/sources", this::add, Access.EDITOR);
    }

    /** A source as the page shows it: its kind and reliability in the page's language. */
    record Row(String name, String kind, String reliability, String identity) {
    }

    record Choice(String code, String label, boolean chosen) {
    }

    /** The kinds a source is entered as, in the order the form offers them. */
    static final List<String> KINDS = List.of("observatory", "ngo", "un", "media", "ministry", "witness", "list", "unknown");

    private void list(Context ctx) {
        Messages t = Views.words(ctx);
        Map<String, Object> m = Views.model(ctx);
        m.put("sources", registry.all(Guard.session(ctx)).stream().map(v -> new Row(v.name(), t.label("kind", v.kind()),
                t.label("reliability", v.reliability()), v.identity())).toList());
        m.put("kinds", KINDS.stream().map(k -> new Choice(k, t.label("kind", k), k.equals("observatory"))).toList());
        m.put("grades", "ABCDEF".chars().mapToObj(c -> String.valueOf((char) c))
                .map(g -> new Choice(g, t.label("reliability", g), g.equals("F"))).toList());
        Views.render(ctx, "sources.mustache", m);
    }

    private void add(Context ctx) {
        registry.add(Forms.required(ctx.formParam("name"), "name"), Forms.required(ctx.formParam("kind"), "kind"),
                Forms.text(ctx.formParam("reliability")), Forms.text(ctx.formParam("identity")),
                Guard.session(ctx).user());
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }
}
