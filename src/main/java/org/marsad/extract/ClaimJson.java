package org.marsad.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.extract.victim.NamedVictim;

/**
 * Writes an {@link Extraction} as Claim JSON, the contract of DESIGN.md: lower-case codes, ISO dates, spans.
 * A report with no claim also gets {@code "notes": [{"kind": "no_figure", "reason": …, "message": …,
 * "message_ar": …}]}, a field added beside the contract's, so that readers of the contract still read it.
 */
public final class ClaimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimJson() {
    }

    /** One line of JSON. */
    public static String line(Extraction e) {
        return write(e, false);
    }

    /** Indented JSON, for one report read by a person. */
    public static String pretty(Extraction e) {
        return write(e, true);
    }

    private static String write(Extraction e, boolean pretty) {
        try {
            return (pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT) : MAPPER.writer())
                    .writeValueAsString(tree(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Claim JSON could not be written", ex);
        }
    }

    static ObjectNode tree(Extraction e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lang", e.lang());
        ArrayNode claims = root.putArray("claims");
        for (Claim c : e.claims()) {
            claims.add(claim(c));
        }
        ArrayNode victims = root.putArray("victims");
        for (NamedVictim v : e.victims()) {
            victims.add(victim(v));
        }
        ArrayNode checks = root.putArray("checks");
        for (Check c : e.checks()) {
            ObjectNode n = checks.addObject();
            n.put("kind", c.kind());
            n.put("ok", c.ok());
            ArrayNode ids = n.putArray("claims");
            c.claims().forEach(ids::add);
            n.put("message", c.message());
        }
        if (e.noFigure() != null) {
            ObjectNode note = root.putArray("notes").addObject();
            note.put("kind", "no_figure");
            note.put("reason", e.noFigure().code());
            note.put("message", e.noFigure().english());
            note.put("message_ar", e.noFigure().arabic());
        }
        return root;
    }

    private static ObjectNode victim(NamedVictim v) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", v.name());
        n.put("outcome", v.outcome().code());
        n.put("sex", v.sex());
        if (v.age() == null) {
            n.putNull("age");
        } else {
            n.put("age", v.age());
        }
        n.put("group", v.group() == null ? null : v.group().code());
        if (v.placeText() == null) {
            n.putNull("place");
        } else {
            ObjectNode place = n.putObject("place");
            place.put("text", v.placeText());
            place.put("pcode", v.placePcode());
        }
        n.put("date", v.date() == null ? null : v.date().toString());
        ArrayNode span = n.putArray("span");
        span.add(v.start());
        span.add(v.end());
        if (v.claim() == null) {
            n.putNull("claim");
        } else {
            n.put("claim", v.claim());
        }
        return n;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("outcome", c.outcome().code());
        n.put("count", c.count());
        n.put("qualifier", c.qualifier().code());
        n.put("group", c.group().code());
        if (c.within() == null) {
            n.putNull("within");
        } else {
            n.put("within", c.within());
        }
        n.put("affiliation", c.affiliation());
        n.put("cause", c.cause());
        n.put("perpetrator", c.perpetrator());
        if (c.place() == null) {
            n.putNull("place");
        } else {
            ObjectNode place = n.putObject("place");
            place.put("text", c.place().text());
            place.put("pcode", c.place().pcode());
        }
        if (c.period() == null) {
            n.putNull("period");
        } else {
            ObjectNode period = n.putObject("period");
            period.put("from", c.period().from() == null ? null : c.period().from().toString());
            period.put("to", c.period().to() == null ? null : c.period().to().toString());
        }
        ArrayNode span = n.putArray("span");
        span.add(c.span().start());
        span.add(c.span().end());
        return n;
    }
}
