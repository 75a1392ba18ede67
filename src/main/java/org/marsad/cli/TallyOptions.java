package org.marsad.cli;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.store.incident.Grade;
import org.marsad.tally.TallyFilter;
import picocli.CommandLine.Option;

/** The filters shared by the commands that count: tally, report, export. */
final class TallyOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day counted.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day counted.")
    LocalDate to;

    @Option(names = "--place", paramLabel = "PLACE",
            description = "A place and everything within it: a p-code (SY11) or a name in Arabic or English (الرقة, Raqqa).")
    String place;

    @Option(names = "--group", description = "Only this group: person, civilian, child, woman, man, fighter.")
    String group;

    @Option(names = "--cause", description = "Only this cause (e.g. airstrike, shelling, landmine).")
    String cause;

    @Option(names = "--perpetrator", description = "Only deaths attributed to this perpetrator.")
    String perpetrator;

    @Option(names = "--status", description = "Only civilian or fighter.")
    String status;

    @Option(names = "--affiliation", description = "Only fighters of this affiliation.")
    String affiliation;

    @Option(names = "--source", description = "Only deaths this source reported.")
    String source;

    @Option(names = "--grade", split = ",", paramLabel = "GRADE",
            description = "Incident grades that count (default: confirmed,fair; also weak, contested, discounted).")
    List<String> grades;

    TallyFilter filter() {
        Set<Grade> g = EnumSet.noneOf(Grade.class);
        if (grades != null) {
            for (String code : grades) {
                g.add(parse(Grade.class, code, "--grade"));
            }
        }
        return new TallyFilter(from, to, pcode(place), group == null ? null : parse(Group.class, group, "--group"), cause,
                perpetrator, status, affiliation, source, g);
    }

    /** A p-code as given, or the best place the gazetteer finds for a name. */
    private static String pcode(String place) {
        if (place == null || place.matches("[A-Z]{2}\\d+|C\\d+")) {
            return place;
        }
        return org.marsad.place.PlaceResolver.shipped().best(place)
                .map(org.marsad.place.Candidate::pcode)
                .orElseThrow(() -> new org.marsad.InputError("--place: no place named '" + place + "' in the gazetteer"));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String option) {
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.marsad.InputError(option + ": unknown value '" + code + "'; expected one of "
                    + EnumSet.allOf(type).stream().map(x -> x.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
