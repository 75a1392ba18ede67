package org.marsad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Reading the values of forms, query strings and paths, with messages that name the field. */
public final class Forms {
    private Forms() {
    }

    public static long id(Context ctx, String name) {
        return whole(ctx.pathParam(name), name);
    }

    public static long whole(String value, String name) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "input.whole", new Refusal.Field(name), String.valueOf(value));
        }
    }

    /** A record number given or not: null when blank. */
    public static Long optionalId(String value, String name) {
        return value == null || value.isBlank() ? null : whole(value, name);
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal(400, "input.date", new Refusal.Field(name), value);
        }
    }

    /** The enum constant of a lower-case code ({@code confirmed}); null for a blank value. */
    public static <E extends Enum<E>> E code(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "input.unknown", new Refusal.Field(name), value, String.join(", ", Arrays.stream(
                    type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    /** The JSON object a request sends; anything else is the client's error (400), not the server's. */
    public static com.fasterxml.jackson.databind.JsonNode json(Context ctx) {
        try {
            var node = ctx.bodyAsClass(com.fasterxml.jackson.databind.JsonNode.class);
            if (node == null || !node.isObject()) {
                throw new Refusal(400, "input.json_object");
            }
            return node;
        } catch (Refusal e) {
            throw e;
        } catch (io.javalin.http.HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            // Javalin's mapper throws Jackson's checked parse exceptions unchecked, as Kotlin does.
            throw new Refusal(400, "input.json");
        }
    }

    /** A human's verdict on a pair of records: same (or confirmed) or different (or rejected) persons. */
    public static org.marsad.store.person.LinkDecision.Verdict verdict(String value) {
        var v = org.marsad.store.person.LinkDecision.Verdict.ofPerson(required(value, "verdict"));
        if (v == null) {
            throw new Refusal(400, "input.verdict", value);
        }
        return v;
    }

    /** The value, or null when blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static String required(String value, String name) {
        String v = text(value);
        if (v == null) {
            throw new Refusal(400, "input.required", new Refusal.Field(name));
        }
        return v;
    }
}
