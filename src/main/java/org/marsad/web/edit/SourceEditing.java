package org.marsad.web.edit;

import org.marsad.web.Refusal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.source.Source;
import org.marsad.store.source.SourceEdits;
import org.marsad.store.source.Sources;
import org.marsad.web.Forms;
import org.marsad.web.Guard;

/**
 * Correcting a source, from the sources page ({@code POST /sources/{id}}) or the API
 * ({@code GET}/{@code PATCH /api/v1/sources/{id}}): name, kind, reliability and, sealed with the field key
 * before it reaches the database, a new confidential identity. The API never returns the identity.
 */
final class SourceEditing {
    /** A source as the API returns it: no identity, whoever asks (the sources list shows it to editors). */
    record SourceJson(long id, String name, String kind, String reliability, int version) {
    }

    private final Sources sources;
    private final SourceEdits edits;
    private final FieldCipher cipher;

    SourceEditing(Database db, FieldCipher cipher) {
        this.sources = new Sources(db);
        this.edits = new SourceEdits(db);
        this.cipher = cipher;
    }

    void one(Context ctx) {
        long id = Forms.id(ctx, "id");
        ctx.json(json(sources.find(id).orElseThrow(() -> new NotFound("source", id))));
    }

    void patch(Context ctx) {
        ctx.json(json(edit(ctx, true)));
    }

    void page(Context ctx) {
        edit(ctx, false);
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    /** {@code versionOptional}: a script may leave the version out; a page's form always carries it. */
    private Source edit(Context ctx, boolean versionOptional) {
        long id = Forms.id(ctx, "id");
        Source s = sources.find(id).orElseThrow(() -> new NotFound("source", id));
        Fields f = Fields.of(ctx);
        String reliability = f.has("reliability") ? f.text("reliability") : String.valueOf(s.reliability());
        if (reliability == null || reliability.length() != 1) {
            throw new Refusal(400, "problem.reliability");
        }
        String identity = f.text("identity");
        Source next = new Source(id, f.has("name") ? f.text("name") : s.name(), f.has("kind") ? f.text("kind") : s.kind(),
                Character.toUpperCase(reliability.charAt(0)), identity == null ? null : cipher.encrypt(identity), null);
        int version = versionOptional ? f.versionOr(edits.version(id).orElseThrow()) : f.version();
        return edits.edit(id, next, version, Guard.actor(ctx));
    }

    private SourceJson json(Source s) {
        return new SourceJson(s.id(), s.name(), s.kind(), String.valueOf(s.reliability()),
                edits.version(s.id()).orElse(0));
    }
}
