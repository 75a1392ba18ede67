package org.marsad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One event that killed or injured people: when and where (each with a precision code, as UCDP records
 * them: date 1 = day … 5 = year; place 1 = exact … 7 = country), cause, perpetrator, figures and grade.
 */
public record Incident(Long id, LocalDate occurredFrom, LocalDate occurredTo, int datePrecision,
                       String placePcode, String placeText, int placePrecision, String cause,
                       String perpetrator, Grade grade, List<IncidentFigure> figures, Instant createdAt,
                       int version) {
    /**
     * A new incident for the event a claim reports, with no recorded figures of its own: its figures
     * come from the claims attached to it. Precision follows what the claim says: a day or a longer
     * period (UCDP 1 or 4, 5 when undated), an administrative unit or only the country (3 or 7).
     */
    public static Incident of(org.marsad.extract.Claim c, Grade grade) {
        var period = c.period();
        var from = period == null ? null : period.from();
        var to = period == null ? null : period.to();
        int datePrecision = from == null && to == null ? 5 : java.util.Objects.equals(from, to) ? 1 : 4;
        String pcode = c.place() == null ? null : c.place().pcode();
        String text = c.place() == null ? null : c.place().text();
        return new Incident(null, from, to, datePrecision, pcode, text, pcode == null ? 7 : 3, c.cause(),
                c.perpetrator(), grade, List.of(), null, 0);
    }

    public Incident {
        // one canonical order (group, then outcome), so two incidents with the same figures are equal
        figures = figures.stream()
                .sorted(Comparator.comparing(IncidentFigure::group).thenComparing(IncidentFigure::outcome))
                .toList();
    }
}
