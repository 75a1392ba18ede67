package org.marsad.store.incident;

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
    public Incident {
        // one canonical order (group, then outcome), so two incidents with the same figures are equal
        figures = figures.stream()
                .sorted(Comparator.comparing(IncidentFigure::group).thenComparing(IncidentFigure::outcome))
                .toList();
    }
}
