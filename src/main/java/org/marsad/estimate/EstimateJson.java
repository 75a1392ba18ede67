package org.marsad.estimate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marsad.estimate.model.CaptureHistories;

/**
 * The Estimate JSON of DESIGN.md, extended: {@code cautions} (each in English and Arabic) beside every
 * figure, {@code refused} in place of the figures of a stratum that cannot be estimated, and with
 * {@code explain} the overlap table and the method's details.
 */
public final class EstimateJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EstimateJson() {
    }

    public static String write(EstimateRun run, boolean explain) {
        ObjectNode root = JSON.createObjectNode();
        Estimate all = run.overall().estimate();
        root.put("method", run.method().code());
        ArrayNode lists = root.putArray("lists");
        run.overall().histories().lists().forEach(lists::add);
        figures(root, run.overall(), explain);
        if (all != null) {
            root.put("level", all.level());
        }
        if (run.by() != null) {
            root.put("by", run.by());
        }
        ArrayNode strata = root.putArray("strata");
        for (StratumEstimate s : run.strata()) {
            ObjectNode o = strata.addObject();
            o.put("stratum", s.stratum());
            figures(o, s, explain);
        }
        if (!run.notes().isEmpty()) {
            cautions(root.putArray("notes"), run.notes());
        }
        return root.toString();
    }

    private static void figures(ObjectNode o, StratumEstimate s, boolean explain) {
        o.put("documented", s.documented());
        if (s.refused()) {
            o.put("refused", s.refusal().english());
            o.put("refused_ar", s.refusal().arabic());
            return;
        }
        Estimate e = s.estimate();
        o.put("estimate", e.estimate());
        o.put("low", e.low());
        o.put("high", e.high());
        cautions(o.putArray("cautions"), e.cautions());
        if (explain) {
            ObjectNode x = o.putObject("explain");
            ArrayNode overlaps = x.putArray("overlaps");
            CaptureHistories h = s.histories();
            for (int p = 1; p < h.patternCount(); p++) {
                overlaps.addObject().put("pattern", h.patternText(p)).put("count", h.count(p));
            }
            ArrayNode details = x.putArray("details");
            e.details().forEach(d -> details.addObject().put("name", d.name()).put("value", d.value()));
        }
    }

    private static void cautions(ArrayNode out, List<Caution> cautions) {
        for (Caution c : cautions) {
            out.addObject().put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT)).put("en", c.english())
                    .put("ar", c.arabic());
        }
    }
}
