package org.marsad.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.estimate.model.CaptureHistories;
import org.marsad.extract.Group;
import org.marsad.store.Database;
import org.marsad.store.victim.Register;
import org.marsad.tally.TallyFilter;

/**
 * The database's named dead as lists for estimation: each source a list, each linked person once with the
 * lists that name them, merged as the tally merges them (earliest date, most precise place, civilian if
 * any source says so), filtered by the tally's filters and split into strata.
 */
public final class DocumentedLists {
    /** Strata HRDAG uses: place, period, group. */
    public enum Stratum { GOVERNORATE, YEAR, GROUP }

    /** A list with fewer persons than this is pooled with the other small lists (the CLI's default). */
    public static final int MIN_LIST = 30;
    /**
     * A stratum with fewer persons is refused without running a model: a few dozen persons leave most of
     * the overlap table empty, and a report over many places must not spend seconds on each of them.
     */
    static final int MIN_STRATUM = 50;

    private record Person(long lists, LocalDate diedOn, String pcode, String status, boolean child, boolean adult,
                          Character sex, String cause, String perpetrator, String affiliation) {
    }

    private final Database db;

    public DocumentedLists(Database db) {
        this.db = db;
    }

    /** Estimates all persons under the filter together, then each stratum on its own. */
    public EstimateRun estimate(TallyFilter filter, Stratum by, int minList, Estimator estimator, Method method) {
        List<String> sources = new ArrayList<>();
        Map<String, Integer> sourceIndex = new HashMap<>();
        Map<String, Person> persons = new LinkedHashMap<>();
        long[] unlinked = {0};
        db.jdbi().useHandle(h -> Register.bind(h.createQuery("""
                        SELECT v.id, v.person_id, s.name AS source, v.died_on, v.place_pcode, v.status, v.age, v.age_group,
                               v.sex, v.cause, v.perpetrator, v.affiliation
                        FROM victim v JOIN source s ON s.id = v.source_id""" + " WHERE " + Register.DEAD))
                .map((rs, ctx) -> {
                    long person = rs.getLong("person_id");
                    String key = rs.wasNull() ? "v" + rs.getLong("id") : "p" + person;
                    if (key.startsWith("v")) {
                        unlinked[0]++;
                    }
                    int list = sourceIndex.computeIfAbsent(rs.getString("source"), name -> {
                        sources.add(name);
                        return sources.size() - 1;
                    });
                    String died = rs.getString("died_on");
                    int age = rs.getInt("age");
                    boolean ageKnown = !rs.wasNull();
                    String ageGroup = rs.getString("age_group");
                    String sex = rs.getString("sex");
                    Person p = new Person(1L << list, died == null || died.isBlank() ? null : LocalDate.parse(died),
                            rs.getString("place_pcode"), rs.getString("status"),
                            ageKnown ? age < 18 : "child".equals(ageGroup),
                            ageKnown ? age >= 18 : "adult".equals(ageGroup) || "elderly".equals(ageGroup),
                            sex == null || sex.isEmpty() ? null : sex.charAt(0), rs.getString("cause"),
                            rs.getString("perpetrator"), rs.getString("affiliation"));
                    return Map.entry(key, p);
                })
                .forEach(e -> persons.merge(e.getKey(), e.getValue(), DocumentedLists::merge)));
        if (sources.size() > Long.SIZE) {
            throw new org.marsad.InputError("more than " + Long.SIZE + " sources: estimation keeps each person's lists as "
                    + "bits of one number; select fewer sources with --source");
        }
        PlaceLevels places = new PlaceLevels(new org.marsad.store.place.Places(db).all());
        List<Person> chosen = persons.values().stream().filter(p -> passes(p, filter, places)).toList();
        List<Caution> notes = new ArrayList<>();
        int[] listOf = pool(sources, chosen, minList, method == Method.GRAPHS ? 5 : ListsCsv.MOST_LISTS, notes);
        List<String> names = poolNames(sources, listOf);
        if (unlinked[0] > 0) {
            notes.add(Cautions.unlinked(unlinked[0]));
        }
        StratumEstimate overall = stratum(null, histories(chosen, listOf, names), estimator);
        List<StratumEstimate> strata = new ArrayList<>();
        if (by != null) {
            Map<String, List<Person>> groups = new TreeMap<>();
            chosen.forEach(p -> groups.computeIfAbsent(key(p, by, places), k -> new ArrayList<>()).add(p));
            groups.forEach((k, members) -> strata.add(stratum(k, histories(members, listOf, names), estimator)));
        }
        return new EstimateRun(method, by == null ? null : by.name().toLowerCase(Locale.ROOT), overall, strata, notes);
    }

    private static StratumEstimate stratum(String key, CaptureHistories h, Estimator estimator) {
        if (h.documented() < MIN_STRATUM && h.listCount() >= 3) {
            return new StratumEstimate(key, h, null, Cautions.tooSmall(h.documented(), MIN_STRATUM));
        }
        return StratumEstimate.of(key, h, estimator);
    }

    private static Person merge(Person a, Person b) {
        LocalDate died = a.diedOn() == null ? b.diedOn() : b.diedOn() == null || a.diedOn().isBefore(b.diedOn()) ? a.diedOn() : b.diedOn();
        String pcode = a.pcode() == null ? b.pcode() : b.pcode() == null || a.pcode().compareTo(b.pcode()) >= 0 ? a.pcode() : b.pcode();
        String status = "civilian".equals(a.status()) || "civilian".equals(b.status()) ? "civilian"
                : a.status() != null ? a.status() : b.status();
        Character sex = a.sex() == null ? b.sex() : b.sex() == null || a.sex().equals(b.sex()) ? a.sex() : null;
        return new Person(a.lists() | b.lists(), died, pcode, status, a.child() || b.child(), a.adult() || b.adult(), sex,
                first(a.cause(), b.cause()), first(a.perpetrator(), b.perpetrator()), first(a.affiliation(), b.affiliation()));
    }

    private static String first(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean passes(Person p, TallyFilter f, PlaceLevels places) {
        if ((f.from() != null || f.to() != null) && (p.diedOn() == null
                || f.from() != null && p.diedOn().isBefore(f.from()) || f.to() != null && p.diedOn().isAfter(f.to()))) {
            return false;
        }
        if (f.place() != null && !places.within(p.pcode(), f.place())) {
            return false;
        }
        return (f.group() == null || inGroup(p, f.group()))
                && same(f.cause(), p.cause()) && same(f.perpetrator(), p.perpetrator())
                && same(f.status(), p.status()) && same(f.affiliation(), p.affiliation());
    }

    private static boolean same(String wanted, String value) {
        return wanted == null || wanted.equalsIgnoreCase(value);
    }

    /** The tally's nested groups (PersonRecord): a child, woman or man is a civilian of that age and sex. */
    private static boolean inGroup(Person p, Group g) {
        boolean civilian = "civilian".equals(p.status());
        return switch (g) {
            case PERSON -> true;
            case CIVILIAN -> civilian;
            case CHILD -> civilian && p.child();
            case WOMAN -> civilian && !p.child() && p.adult() && Character.valueOf('F').equals(p.sex());
            case MAN -> civilian && !p.child() && p.adult() && Character.valueOf('M').equals(p.sex());
            case FIGHTER -> "fighter".equals(p.status());
        };
    }

    /**
     * A place's governorate and ancestors through the place table, since a community's p-code (C4068) does
     * not begin with its governorate's as the administrative codes (SY070100) do.
     */
    private record PlaceLevels(Map<String, org.marsad.store.place.Place> places) {
        /** Levels a walk up the hierarchy may climb before it stops (country, governorate, district, sub-district, community). */
        private static final int DEPTH = 6;

        String governorate(String pcode) {
            String p = pcode;
            for (int i = 0; p != null && i < DEPTH; i++) {
                org.marsad.store.place.Place place = places.get(p);
                if (place == null) {
                    break;
                }
                if (place.level() == 1) {
                    return p;
                }
                p = place.parentPcode();
            }
            return pcode != null && pcode.startsWith("SY") && pcode.length() >= 4 ? pcode.substring(0, 4) : "unknown";
        }

        boolean within(String pcode, String ancestor) {
            String p = pcode;
            for (int i = 0; p != null && i < DEPTH; i++) {
                if (p.equals(ancestor) || p.startsWith(ancestor) && p.startsWith("SY")) {
                    return true;
                }
                org.marsad.store.place.Place place = places.get(p);
                p = place == null ? null : place.parentPcode();
            }
            return false;
        }
    }

    /** Strata are disjoint: a governorate's p-code (SY11), a year, or civilian / fighter / unknown. */
    private static String key(Person p, Stratum by, PlaceLevels places) {
        return switch (by) {
            case GOVERNORATE -> places.governorate(p.pcode());
            case YEAR -> p.diedOn() == null ? "unknown" : Integer.toString(p.diedOn().getYear());
            case GROUP -> p.status() == null ? "unknown" : p.status();
        };
    }

    /**
     * For each source, the list it counts in: small lists (fewer persons than {@code minList}) pooled into one,
     * then the smallest pooled too while there are more lists than the method takes.
     */
    private static int[] pool(List<String> sources, List<Person> persons, int minList, int most, List<Caution> notes) {
        long[] size = new long[sources.size()];
        for (Person p : persons) {
            for (int j = 0; j < sources.size(); j++) {
                size[j] += p.lists() >> j & 1;
            }
        }
        List<Integer> bySize = new ArrayList<>();
        for (int j = 0; j < sources.size(); j++) {
            if (size[j] > 0) {
                bySize.add(j);
            }
        }
        bySize.sort(Comparator.comparingLong((Integer j) -> size[j]).reversed());
        int[] listOf = new int[sources.size()];
        java.util.Arrays.fill(listOf, -1);
        List<String> pooled = new ArrayList<>();
        int next = 0;
        for (int j : bySize) {
            if (size[j] >= minList && next < most - 1) {
                listOf[j] = next++;
            } else {
                pooled.add(sources.get(j));
            }
        }
        if (pooled.size() == 1 && next < most) {
            listOf[sources.indexOf(pooled.get(0))] = next;
        } else if (!pooled.isEmpty()) {
            for (String name : pooled) {
                listOf[sources.indexOf(name)] = next;
            }
            notes.add(Cautions.pooled(pooled, minList));
        }
        return listOf;
    }

    private static List<String> poolNames(List<String> sources, int[] listOf) {
        Map<Integer, List<String>> members = new TreeMap<>();
        for (int j = 0; j < sources.size(); j++) {
            if (listOf[j] >= 0) {
                members.computeIfAbsent(listOf[j], k -> new ArrayList<>()).add(sources.get(j));
            }
        }
        return members.values().stream().map(m -> m.size() == 1 ? m.get(0) : "pooled: " + String.join(" + ", m.stream().sorted().toList()))
                .toList();
    }

    private static CaptureHistories histories(List<Person> persons, int[] listOf, List<String> names) {
        long[] counts = new long[1 << names.size()];
        for (Person p : persons) {
            int pattern = 0;
            for (int j = 0; j < listOf.length; j++) {
                if ((p.lists() >> j & 1) == 1) {
                    pattern |= 1 << listOf[j];
                }
            }
            counts[pattern]++;
        }
        return new CaptureHistories(names, counts);
    }
}
