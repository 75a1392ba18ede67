package org.marsad.web.edit;

import org.marsad.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.IncidentFigure;
import org.marsad.web.Forms;

/**
 * An incident's fields as a change gives them ({@code from, to, place, place_pcode, cause, perpetrator,
 * grade}, and its recorded figures), laid over the incident as it was. Precision follows what is given,
 * as UCDP codes it: a day (1), a period (4) or nothing (5); a place the gazetteer knows (3) or only its
 * words (7) — unless the change states {@code date_precision} or {@code place_precision}.
 */
final class IncidentInput {
    private IncidentInput() {
    }

    static Incident fresh(Fields f) {
        return over(new Incident(null, null, null, 5, null, null, 7, null, null, Grade.WEAK, List.of(), null, 0), f, null);
    }

    /** {@code figures}: the recorded figures of a JSON change, or null to read them from form fields or keep them. */
    static Incident over(Incident i, Fields f, List<IncidentFigure> figures) {
        LocalDate from = f.has("from") ? Forms.date(f.text("from"), "from") : i.occurredFrom();
        LocalDate to = f.has("to") ? Forms.date(f.text("to"), "to") : i.occurredTo();
        if (from != null && to != null && to.isBefore(from)) {
            throw new Refusal(400, "input.dates_order", to.toString(), from.toString());
        }
        String place = f.has("place") ? f.text("place") : i.placeText();
        String pcode = f.has("place_pcode") ? f.text("place_pcode") : f.has("place") ? PlaceCodes.of(place) : i.placePcode();
        boolean datesChanged = f.has("from") || f.has("to");
        boolean placeChanged = f.has("place") || f.has("place_pcode");
        int datePrecision = f.text("date_precision") != null ? f.whole("date_precision").intValue()
                : datesChanged ? from == null && to == null ? 5 : Objects.equals(from, to) || to == null ? 1 : 4
                : i.datePrecision();
        int placePrecision = f.text("place_precision") != null ? f.whole("place_precision").intValue()
                : placeChanged ? pcode == null ? 7 : 3 : i.placePrecision();
        Grade grade = f.text("grade") != null ? Forms.code(Grade.class, f.text("grade"), "grade") : i.grade();
        return new Incident(i.id(), from, to, datePrecision, pcode, place, placePrecision,
                f.has("cause") ? f.text("cause") : i.cause(),
                f.has("perpetrator") ? f.text("perpetrator") : i.perpetrator(), grade,
                figures != null ? figures : formFigures(i.figures(), f), i.createdAt(), i.version());
    }

    /** Form fields {@code killed_civilian = "12"} or {@code "10-15"} (low-high) or {@code "10/12/15"}; blank removes it. */
    private static List<IncidentFigure> formFigures(List<IncidentFigure> current, Fields f) {
        List<IncidentFigure> figures = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            for (Group g : Group.values()) {
                String name = o.code() + "_" + g.code();
                if (!f.has(name)) {
                    current.stream().filter(x -> x.outcome() == o && x.group() == g).forEach(figures::add);
                } else if (f.text(name) != null) {
                    figures.add(figure(o, g, f.text(name), name));
                }
            }
        }
        return figures;
    }

    static IncidentFigure figure(Outcome o, Group g, String text, String field) {
        String[] parts = text.split("[-/–]");
        try {
            long[] n = new long[parts.length];
            for (int k = 0; k < parts.length; k++) {
                n[k] = Forms.whole(parts[k], field);
            }
            return switch (n.length) {
                case 1 -> new IncidentFigure(g, o, n[0], n[0], n[0]);
                case 2 -> new IncidentFigure(g, o, n[0], n[0], n[1]);
                case 3 -> new IncidentFigure(g, o, n[0], n[1], n[2]);
                default -> throw new Refusal(400, "input.figure_form", new Refusal.Field(field), text);
            };
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "input.figure_order", new Refusal.Field(field), text);
        }
    }

    /** {@code "figures": [{"outcome": "killed", "group": "civilian", "low": 10, "best": 12, "high": 15}]}. */
    static List<IncidentFigure> figures(JsonNode body) {
        if (!body.has("figures")) {
            return null;
        }
        List<IncidentFigure> figures = new ArrayList<>();
        for (JsonNode n : body.get("figures")) {
            Outcome o = Forms.code(Outcome.class, n.path("outcome").asText(null), "figures.outcome");
            Group g = Forms.code(Group.class, n.path("group").asText(null), "figures.group");
            if (o == null || g == null || !n.path("low").canConvertToLong()) {
                throw new Refusal(400, "input.figures_json");
            }
            long low = n.get("low").asLong();
            long best = n.path("best").canConvertToLong() ? n.get("best").asLong() : low;
            long high = n.path("high").canConvertToLong() ? n.get("high").asLong() : best;
            figures.add(figure(o, g, low + "/" + best + "/" + high, "figures"));
        }
        return figures;
    }
}
