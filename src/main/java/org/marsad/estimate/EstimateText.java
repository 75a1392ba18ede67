package org.marsad.estimate;

import java.util.ArrayList;
import java.util.List;
import org.marsad.estimate.model.CaptureHistories;

/** The estimate as a table for a terminal: one row per stratum, cautions under it, and with --explain the rest. */
public final class EstimateText {
    private EstimateText() {
    }

    public static String table(EstimateRun run, boolean explain) {
        StringBuilder b = new StringBuilder();
        b.append("method: ").append(run.method().code()).append(" — ").append(run.method().english()).append('\n');
        b.append("lists: ").append(String.join(", ", run.overall().histories().lists())).append('\n');
        run.notes().forEach(c -> b.append("note: ").append(c.english()).append('\n'));
        b.append(String.format("%-14s %11s %11s %11s %11s%n", run.by() == null ? "" : run.by(), "documented", "estimate",
                "low 95%", "high 95%"));
        List<StratumEstimate> rows = new ArrayList<>();
        rows.add(run.overall());
        rows.addAll(run.strata());
        for (StratumEstimate s : rows) {
            String name = s.stratum() == null ? "all" : s.stratum();
            if (s.refused()) {
                b.append(String.format("%-14s %11d  not estimated: %s%n", name, s.documented(), s.refusal().english()));
            } else {
                Estimate e = s.estimate();
                b.append(String.format("%-14s %11d %11d %11d %11d%n", name, s.documented(), e.estimate(), e.low(), e.high()));
                e.cautions().forEach(c -> b.append("    caution: ").append(c.english()).append('\n'));
            }
        }
        if (explain) {
            for (StratumEstimate s : rows) {
                if (!s.refused()) {
                    explain(b, s);
                }
            }
        }
        return b.toString();
    }

    private static void explain(StringBuilder b, StratumEstimate s) {
        CaptureHistories h = s.histories();
        b.append('\n').append(s.stratum() == null ? "all" : s.stratum()).append(": persons per capture pattern (")
                .append(String.join(", ", h.lists())).append(")\n");
        for (int p = 1; p < h.patternCount(); p++) {
            if (h.count(p) > 0) {
                b.append(String.format("  %s %9d%n", h.patternText(p), h.count(p)));
            }
        }
        for (Estimate.Detail d : s.estimate().details()) {
            b.append("  ").append(d.name()).append(": ").append(d.value()).append('\n');
        }
    }
}
