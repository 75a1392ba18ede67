package org.marsad.web.edit;

import org.marsad.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.marsad.web.Forms;

/**
 * The fields of one change, from a form or a JSON body alike: a field left out keeps the record's value,
 * a field sent blank clears it. Field names are the same in both (DESIGN.md, "Write API for scripts").
 */
interface Fields {
    /** Whether the change mentions the field at all. */
    boolean has(String name);

    /** The field's text, or null when blank or absent. */
    String text(String name);

    static Fields of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/json")) {
            return of(Forms.json(ctx));
        }
        return new Fields() {
            @Override
            public boolean has(String name) {
                return ctx.formParamMap().containsKey(name);
            }

            @Override
            public String text(String name) {
                return Forms.text(ctx.formParam(name));
            }
        };
    }

    static Fields of(JsonNode body) {
        return new Fields() {
            @Override
            public boolean has(String name) {
                return body.has(name);
            }

            @Override
            public String text(String name) {
                JsonNode v = body.get(name);
                return v == null || v.isNull() ? null : Forms.text(v.asText());
            }
        };
    }

    /** Fields given by code, as a page's own change (attach to an incident) states them. */
    static Fields of(java.util.Map<String, String> values) {
        return new Fields() {
            @Override
            public boolean has(String name) {
                return values.containsKey(name);
            }

            @Override
            public String text(String name) {
                return Forms.text(values.get(name));
            }
        };
    }

    /** The version of the record as the editor read it, which a change must carry. */
    default int version() {
        String v = text("version");
        if (v == null) {
            throw new Refusal(400, "input.required", new Refusal.Field("version"));
        }
        return (int) Forms.whole(v, "version");
    }

    /**
     * The version read if the change gives one, else {@code current}: a script may leave it out and take
     * the last word (DESIGN.md), while the pages always send the version their form was filled from.
     */
    default int versionOr(int current) {
        return text("version") == null ? current : version();
    }

    /** The version if given, else null (a merge may leave it out). */
    default Integer versionOrNull(String name) {
        String v = text(name);
        return v == null ? null : (int) Forms.whole(v, name);
    }

    default Long whole(String name) {
        String v = text(name);
        return v == null ? null : Forms.whole(v, name);
    }
}
