package org.marsad.link.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.link.Decisions;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Linkage;
import org.marsad.link.Linker;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NameTokens;
import org.marsad.link.score.FieldComparator;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.RecordProfile;

/**
 * The true pairs a linkage missed and the pairs it joined wrongly, counted by what they look like: the
 * scripts of the two records, how many name parts each writes, at which step the pair was lost
 * (blocking, a veto, the model's score, clustering) and which fields disagree. For finding what to fix,
 * not a test of its own.
 */
final class MissedPairs {

    private static final String[] FIELDS = {"given", "father", "grandfather", "family", "sex", "age", "date", "place",
            "status", "list"};

    private final Map<String, Map<String, Integer>> tables = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private NameLexicon names;
    private int missed;
    private int wrong;

    /** @param examplesWanted how many pairs of each kind to print, sampled; negative for every one */
    static MissedPairs of(List<LabelledVictim> lists, int examplesWanted) {
        List<VictimRecord> records = lists.stream().map(LabelledVictim::record).toList();
        Linkage linkage = Linker.link(records);
        Map<Long, Double> probability = new HashMap<>();
        for (Linkage.Pair pair : linkage.doubtfulPairs(0, 2, Decisions.none())) {
            probability.put(key(pair.first(), pair.second()), pair.probability());
        }
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        MissedPairs found = new MissedPairs();
        found.names = lexicon;
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            byPerson.computeIfAbsent(lists.get(i).person(), k -> new ArrayList<>()).add(i);
        }
        java.util.Random pick = new java.util.Random(1);
        for (List<Integer> same : byPerson.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int a = same.get(x);
                    int b = same.get(y);
                    if (!linkage.samePerson(a, b)) {
                        found.missed++;
                        found.count("missed", a, b, records, profiles, linkage, probability, pick, examplesWanted);
                    }
                }
            }
        }
        Map<String, List<Integer>> byLinked = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            byLinked.computeIfAbsent(linkage.personOf(i), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> one : byLinked.values()) {
            for (int x = 0; x < one.size(); x++) {
                for (int y = x + 1; y < one.size(); y++) {
                    int a = one.get(x);
                    int b = one.get(y);
                    if (!lists.get(a).person().equals(lists.get(b).person())) {
                        found.wrong++;
                        found.count("wrong", a, b, records, profiles, linkage, probability, pick, examplesWanted);
                    }
                }
            }
        }
        return found;
    }

    private void count(String kind, int a, int b, List<VictimRecord> records, List<RecordProfile> profiles,
                       Linkage linkage, Map<Long, Double> probability, java.util.Random pick, int examplesWanted) {
        VictimRecord x = records.get(a);
        VictimRecord y = records.get(b);
        boolean latinX = !NameTokens.isArabicScript(x.name());
        boolean latinY = !NameTokens.isArabicScript(y.name());
        String scripts = latinX && latinY ? "latin-latin" : latinX || latinY ? "arabic-latin" : "arabic-arabic";
        int partsX = NameTokens.of(x.name()).size();
        int partsY = NameTokens.of(y.name()).size();
        String parts = Math.min(partsX, partsY) + "v" + Math.max(partsX, partsY);
        StringBuilder levels = new StringBuilder();
        List<String> disagree = new ArrayList<>();
        for (int f = 0; f < PairPattern.FIELDS.size(); f++) {
            int level = PairPattern.FIELDS.get(f).compare(profiles.get(a), profiles.get(b));
            levels.append(level == FieldComparator.MISSING ? "-" : Integer.toString(level));
            int worst = PairPattern.FIELDS.get(f).levels().size() - 1;
            if (f < 9 && level == worst) {
                disagree.add(FIELDS[f]);
            }
        }
        Double p = probability.get(key(a, b));
        String step;
        if (kind.equals("wrong")) {
            step = p == null ? "through others" : p >= 0.55 ? "scored as one" : "through others (scored " + bucket(p) + ")";
        } else if (!linkage.isCandidate(a, b)) {
            step = "blocking";
        } else if (p == null || p == 0) {
            step = "veto";
        } else if (p < 0.55) {
            step = "scored " + bucket(p);
        } else {
            step = "clustering";
        }
        String given = levels.charAt(0) == '-' ? "missing" : new String[] {"same", "skeleton", "similar", "different"}[levels.charAt(0) - '0'];
        add(kind + " by step", step);
        add(kind + " by scripts", scripts);
        add(kind + " by name parts", parts);
        add(kind + " by given-name level", given);
        add(kind + " by fields that disagree", disagree.isEmpty() ? "none" : String.join("+", disagree));
        add(kind + " by scripts and step", scripts + " / " + step);
        add(kind + " by shape and alignment (fields that disagree)",
                alignment(NameTokens.of(x.name()), NameTokens.of(y.name()), names)
                        + " (" + (disagree.isEmpty() ? "none" : String.join("+", disagree)) + ")");
        if (step.equals("veto") || kind.equals("wrong") && !given.equals("same")) {
            add(kind + " given names (" + step + ")", spelling(profiles.get(a)) + " ~ " + spelling(profiles.get(b)));
        }
        if (examplesWanted < 0 || pick.nextInt(kind.equals("missed") ? Math.max(1, missed / 4 + 1) : 3) == 0
                && examples.stream().filter(e -> e.startsWith(kind)).count() < examplesWanted) {
            examples.add(String.format(Locale.ROOT, "%s %-12s %s p=%s | %s | %s | age %s/%s date %s/%s place %s/%s",
                    kind, step, levels, p == null ? "-" : String.format(Locale.ROOT, "%.3f", p), x.name(), y.name(),
                    x.age(), y.age(), x.date(), y.date(), x.place(), y.place()));
        }
    }

    /**
     * How the later words of the shorter name line up with the longer one's: each word of the shorter
     * (after the given name) as the part of the longer it agrees with (F father, G grandfather, M a middle
     * word of a name of five or more, L last word, - none), e.g. "3v4 F.L" for given + father + family
     * beside a four-part name, "3v4 F.G" when the third word is the grandfather.
     */
    static String alignment(List<String> xs, List<String> ys, NameLexicon names) {
        List<String> shorter = xs.size() <= ys.size() ? xs : ys;
        List<String> longer = xs.size() <= ys.size() ? ys : xs;
        String shape = (shorter.size() >= 5 ? "5+" : shorter.size()) + "v" + (longer.size() >= 5 ? "5+" : longer.size());
        if (shorter.size() < 2 || names == null) {
            return shape;
        }
        StringBuilder out = new StringBuilder(shape).append(' ');
        for (int i = 1; i < shorter.size(); i++) {
            org.marsad.link.name.NamePart word = names.part(org.marsad.link.name.PersonName.withoutArticle(shorter.get(i)));
            String at = "-";
            for (int j = 1; j < longer.size(); j++) {
                org.marsad.link.name.NamePart other = names.part(org.marsad.link.name.PersonName.withoutArticle(longer.get(j)));
                if (org.marsad.link.score.NameComparator.level(word, other) != org.marsad.link.score.NameComparator.DIFFERENT) {
                    at = j == longer.size() - 1 ? "L" : j == 1 ? "F" : j == 2 ? "G" : "M";
                    break;
                }
            }
            out.append(i > 1 ? "." : "").append(at);
        }
        return out.toString();
    }

    private static String spelling(RecordProfile profile) {
        org.marsad.link.name.NamePart given = profile.name().given();
        if (given == null) {
            return "-";
        }
        return given.spelling() + "(" + given.count() + (given.arabic() && org.marsad.link.name.KnownNames.GIVEN.contains(given.spelling()) ? ",known" : "")
                + (given.slipOf().isEmpty() ? "" : ",slip of " + given.slipOf()) + ")";
    }

    private static String bucket(double p) {
        return p < 0.1 ? "<0.1" : p < 0.3 ? "0.1-0.3" : "0.3-0.55";
    }

    private void add(String table, String row) {
        tables.computeIfAbsent(table, k -> new TreeMap<>()).merge(row, 1, Integer::sum);
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "missed true pairs %d, wrong pairs %d%n", missed, wrong));
        tables.forEach((table, rows) -> {
            out.append("  ").append(table).append(':').append(System.lineSeparator());
            rows.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(table.contains("given names") ? 200 : table.contains("alignment") ? 40 : 14)
                    .forEach(row -> out.append(String.format(Locale.ROOT, "    %6d  %s%n", row.getValue(), row.getKey())));
        });
        examples.forEach(e -> out.append("  ").append(e).append(System.lineSeparator()));
        return out.toString();
    }

}
