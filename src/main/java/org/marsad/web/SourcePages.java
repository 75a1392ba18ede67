package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;

/** The sources page: everyone signed in sees the list; admins and editors also see identities and add sources. */
final class SourcePages {
    private final SourceRegistry registry;

    SourcePages(Database db, FieldCipher cipher) {
        this.registry = new SourceRegistry(db, cipher);
    }

    void register(Javalin app) {
        app.get("/sources", this::list, Access.READER);
        app.post("/sources", this::add, Access.EDITOR);
    }

    private void list(Context ctx) {
        Map<String, Object> m = Views.model(ctx);
        m.put("sources", registry.all(Guard.session(ctx)));
        Views.render(ctx, "sources.mustache", m);
    }

    private void add(Context ctx) {
        registry.add(Forms.required(ctx.formParam("name"), "name"), Forms.required(ctx.formParam("kind"), "kind"),
                Forms.text(ctx.formParam("reliability")), Forms.text(ctx.formParam("identity")),
                Guard.session(ctx).user());
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }
}
