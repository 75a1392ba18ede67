package org.marsad.web.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.store.incident.Incident;
import org.marsad.store.incident.Incidents;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.web.Messages;
import org.marsad.web.Paging;

/** The options of the edit forms' lists (sources, incidents, sex, status), each marked selected where it is the record's. */
final class Choices {
    record Option(String value, String label, boolean selected) {
    }

    private Choices() {
    }

    static List<Option> sources(Sources sources, Long selected) {
        return sources.all().stream().map((Source s) -> new Option(Long.toString(s.id()), s.name(),
                Objects.equals(s.id(), selected))).toList();
    }

    /** The latest incidents that count, with "none" first; the record's own incident is listed even when older. */
    static List<Option> incidents(Incidents incidents, Long selected, Messages t) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", t.get("edit.none"), selected == null));
        boolean listed = false;
        for (Incident i : incidents.page(0, Paging.MAX_SIZE)) {
            boolean mine = Objects.equals(i.id(), selected);
            listed |= mine;
            options.add(new Option(Long.toString(i.id()), label(i, t), mine));
        }
        if (selected != null && !listed) {
            incidents.find(selected).ifPresent(i -> options.add(new Option(Long.toString(i.id()), label(i, t), true)));
        }
        return options;
    }

    static String label(Incident i, Messages t) {
        // as the report page's list names them: digits, dates and places in the reader's language
        return "#" + t.plain(i.id()) + (i.occurredFrom() == null ? "" : " · " + t.date(i.occurredFrom()))
                + (i.placeText() == null && i.placePcode() == null ? "" : " · " + t.place(i.placePcode(), i.placeText()))
                + " · " + t.label("grade", i.grade().code());
    }

    /**
     * The causes the extractor knows, in the reader's language; a cause written otherwise (by an imported
     * list) stays selectable as it was written, so that saving the form does not lose it.
     */
    static List<Option> causes(String selected, Messages t) {
        List<String> codes = new ArrayList<>(java.util.Arrays.stream(org.marsad.extract.Cause.values())
                .map(org.marsad.extract.Cause::code).toList());
        if (selected != null && !codes.contains(selected)) {
            codes.add(selected);
        }
        return codes("cause", codes, selected, t);
    }

    /** Options of a vocabulary ({@code prefix.code} labels), with "not known" first. */
    static List<Option> codes(String prefix, List<String> codes, String selected, Messages t) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", t.get("edit.unknown"), selected == null));
        codes.forEach(c -> options.add(new Option(c, t.label(prefix, c), c.equals(selected))));
        return options;
    }

}
