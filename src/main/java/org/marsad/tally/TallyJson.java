package org.marsad.tally;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Tally JSON" of DESIGN.md: {@code killed} and {@code injured} are the low sums (the figure a
 * headline may quote); the contract is extended with the best and high sums, how many of the low sum
 * are named persons, what single-source incidents would add (provisional), and how far the links the linker
 * doubts may move the count of the dead: {@code killed_unlinked}, the expected number counted twice because
 * their records are still apart, and {@code killed_false_merges}, the expected number hidden in records of
 * different people linked as one ({@link LinkDoubt}).
 */
public final class TallyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TallyJson() {
    }

    /** The tally with, under "reported", the reported figures it is compared with (see {@link Reconciliation}). */
    public static String write(Tally t, List<Reconciliation.Comparison> reported) {
        ObjectNode root = of(t);
        ArrayNode list = root.putArray("reported");
        for (Reconciliation.Comparison c : reported) {
            ObjectNode r = list.addObject();
            r.put("claim", c.claimId());
            r.put("source", c.source());
            r.put("report", c.report());
            r.put("outcome", c.outcome().code());
            r.put("group", c.group().code());
            r.put("count", c.reported());
            r.put("qualifier", c.qualifier().code());
            r.put("from", c.from() == null ? null : c.from().toString());
            r.put("to", c.to() == null ? null : c.to().toString());
            r.put("pcode", c.pcode());
            ObjectNode recorded = r.putObject("recorded");
            recorded.put("count", c.recorded().low());
            recorded.put("named", c.recorded().named());
            recorded.put("unnamed", c.unnamed());
        }
        return pretty(root);
    }

    public static ObjectNode of(Tally t) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode by = root.putArray("by");
        t.by().forEach(d -> by.add(d.code()));
        root.set("filters", JSON.valueToTree(filterMap(t.filter())));
        ArrayNode rows = root.putArray("rows");
        for (Tally.Row r : t.rows()) {
            ObjectNode row = rows.addObject();
            for (int i = 0; i < t.by().size(); i++) {
                row.put(t.by().get(i).code(), r.key().get(i));
            }
            counts(row, r);
        }
        counts(root.putObject("total"), t.total());
        return root;
    }

    public static String write(Tally t) {
        return pretty(of(t));
    }

    private static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void counts(ObjectNode node, Tally.Row r) {
        node.put("killed", r.killed().low());
        node.put("injured", r.injured().low());
        node.put("killed_best", r.killed().best());
        node.put("killed_high", r.killed().high());
        node.put("killed_named", r.killed().named());
        node.put("injured_best", r.injured().best());
        node.put("injured_high", r.injured().high());
        node.put("provisional_killed", r.provisionalKilled().low());
        node.put("provisional_injured", r.provisionalInjured().low());
        node.put("killed_unlinked", LinkDoubt.tenths(r.killedDoubt().unlinked()));
        node.put("killed_false_merges", LinkDoubt.tenths(r.killedDoubt().merged()));
    }

    static Map<String, Object> filterMap(TallyFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "from", f.from());
        put(m, "to", f.to());
        put(m, "place", f.place());
        put(m, "group", f.group() == null ? null : f.group().code());
        put(m, "cause", f.cause());
        put(m, "perpetrator", f.perpetrator());
        put(m, "status", f.status());
        put(m, "affiliation", f.affiliation());
        put(m, "source", f.source());
        m.put("grades", f.grades().stream().map(g -> g.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        return m;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v.toString());
        }
    }

    /** Column headers of the flat (table, CSV) forms: the dimensions, then the counts. */
    static List<String> header(Tally t) {
        List<String> h = new java.util.ArrayList<>(t.by().stream().map(Dimension::code).toList());
        h.addAll(List.of("killed", "killed_best", "killed_high", "killed_named", "injured", "provisional_killed",
                "killed_unlinked", "killed_false_merges"));
        return h;
    }

    static List<String> values(Tally.Row r) {
        List<String> v = new java.util.ArrayList<>(r.key());
        for (long n : new long[] {r.killed().low(), r.killed().best(), r.killed().high(), r.killed().named(),
                r.injured().low(), r.provisionalKilled().low()}) {
            v.add(Long.toString(n));
        }
        v.add(Double.toString(LinkDoubt.tenths(r.killedDoubt().unlinked())));
        v.add(Double.toString(LinkDoubt.tenths(r.killedDoubt().merged())));
        return v;
    }
}
