package org.marsad.link.name;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.marsad.link.VictimRecord;

/**
 * The name spellings of the records being linked, counted, and one shared {@link NamePart} per
 * spelling. The counts tell a real name from a typo: two spellings one letter apart that are both
 * frequent (محمد, أحمد) are two names, while a spelling far rarer than its neighbour is taken for a
 * slip of the pen.
 */
public final class NameLexicon {

    /** How many times rarer than its neighbour a spelling must be to be read as a typo of it. */
    private static final int TYPO_RATIO = 20;

    /**
     * How many times rarer than a neighbour a skeleton must be for blocking to key it as that neighbour
     * too: lower than {@link #TYPO_RATIO}, as a wrong guess costs only pairs that scoring rejects.
     */
    private static final int SLIP_RATIO = 5;

    /** How often an Arabic spelling must occur for a Latin spelling with its skeleton to be read as it. */
    public static final int ESTABLISHED = 10;

    private final Map<String, Integer> counts;
    /** For each skeleton, how often the commonest Arabic spelling with it occurs. */
    private final Map<String, Integer> arabicBySkeleton;
    private final ConcurrentHashMap<String, NamePart> parts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();
    /** What comparing this lexicon's parts gave, shared by them all ({@link PairMemo}). */
    private final PairMemo memo;
    /** How often each loose skeleton occurs, over all spellings of both scripts. */
    private final Map<String, Integer> looseCounts;
    /**
     * For each loose skeleton, and each of its spellings with one letter left out, the commonest loose
     * skeleton it comes from: two skeletons one slip apart share an entry (symmetric deletion).
     */
    private final Map<String, String> commonestByDeletion;
    /**
     * For each Arabic spelling and each of its spellings with one letter left out, the {@link #NEAR_KEPT}
     * commonest Arabic spellings it comes from, commonest first: the spellings of the records one slip
     * from a spelling ({@link #slipOf}). More than the commonest alone: مطال is a slip of مشال, while the
     * commonest spelling without its second letter is جمال.
     */
    private final Map<String, List<String>> arabicByDeletion;

    /**
     * The most slots {@link #memo} has (2^20, 8 MB): about sixteen slots a spelling up to this size, so a
     * list of a few records does not take the table of a million. At 50,000 people 98% of the look-ups
     * found their answer there (2026-12-06).
     */
    private static final int MEMO_BITS = 20;

    /** How many spellings {@link #arabicByDeletion} keeps for one key. */
    private static final int NEAR_KEPT = 4;

    /** The Arabic spellings written only in lists whose names came back from Latin ({@link BackFromLatinLists}). */
    private final Set<String> retyped;
    /**
     * The skeletons of the names the other lists write (a name people bear, or a spelling written
     * {@link #ESTABLISHED} times), when some lists came back from Latin: a spelling of those lists with
     * such a skeleton is that name ({@link Retyping#BACK}).
     */
    private final Set<String> skeletonsWrittenInArabic;

    private NameLexicon(Map<String, Integer> counts, Set<String> retyped) {
        this.counts = counts;
        this.memo = new PairMemo(Math.min(MEMO_BITS, 36 - Integer.numberOfLeadingZeros(Math.max(1, counts.size()))));
        this.retyped = retyped;
        this.skeletonsWrittenInArabic = retyped.isEmpty() ? Set.of() : counts.entrySet().stream()
                .filter(e -> NameTokens.isArabicScript(e.getKey()) && !retyped.contains(e.getKey()))
                .filter(e -> e.getValue() >= ESTABLISHED || KnownNames.GIVEN.contains(e.getKey()))
                .map(e -> Skeleton.of(e.getKey())).collect(Collectors.toSet());
        this.looseCounts = counts.entrySet().parallelStream()
                .collect(Collectors.toConcurrentMap(e -> Skeleton.loose(e.getKey()), Map.Entry::getValue,
                        Integer::sum));
        ConcurrentHashMap<String, String> byDeletion = new ConcurrentHashMap<>();
        looseCounts.keySet().parallelStream().forEach(loose -> {
            for (String deleted : deletions(loose)) {
                byDeletion.merge(deleted, loose, (a, b) -> commoner(a, b, looseCounts));
            }
        });
        this.commonestByDeletion = byDeletion;
        ConcurrentHashMap<String, List<String>> arabicByDeletion = new ConcurrentHashMap<>();
        this.arabicByDeletion = arabicByDeletion;
        counts.keySet().parallelStream().filter(NameTokens::isArabicScript).forEach(spelling -> {
            for (String deleted : deletions(spelling)) {
                arabicByDeletion.merge(deleted, List.of(spelling), (a, b) -> commonest(a, b, counts));
            }
        });
        Map<String, String> commonestArabicByDeletion = new java.util.AbstractMap<>() {
            @Override
            public String get(Object key) {
                List<String> near = arabicByDeletion.get(key);
                return near == null ? null : near.get(0);
            }

            @Override
            public Set<Map.Entry<String, String>> entrySet() {
                throw new UnsupportedOperationException();
            }
        };
        // a slip of a far commoner Arabic spelling is no name a Latin spelling reads as, however often
        // it occurs: ممد, a slip of محمد, is written 20 times in 21,000 records
        this.arabicBySkeleton = counts.entrySet().parallelStream()
                .filter(e -> NameTokens.isArabicScript(e.getKey()))
                .filter(e -> !isSlip(e.getKey(), counts, commonestArabicByDeletion))
                .collect(Collectors.toConcurrentMap(e -> Skeleton.of(e.getKey()), Map.Entry::getValue,
                        Math::max));
    }

    public static NameLexicon of(List<VictimRecord> records) {
        return ofTokens(records.parallelStream().map(record -> NameTokens.of(record.name())).toList(),
                records.stream().map(VictimRecord::source).toList());
    }

    /**
     * The lexicon of names already split into tokens ({@link NameTokens#of}), one list per record, with each
     * record's list (its source, or null), which tells the lists whose names came back from Latin.
     */
    public static NameLexicon ofTokens(List<List<String>> names, List<String> sources) {
        return ofTokens(names, BackFromLatinLists.spellingsOnlyThere(names, sources));
    }

    /** The lexicon of names already split into tokens ({@link NameTokens#of}), one list per record. */
    public static NameLexicon ofTokens(List<List<String>> names) {
        return ofTokens(names, Set.of());
    }

    private static NameLexicon ofTokens(List<List<String>> names, Set<String> retyped) {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        names.parallelStream().forEach(tokens -> {
            for (String token : tokens) {
                counts.merge(token, 1, Integer::sum);
                String bare = PersonName.withoutArticle(token);
                if (!bare.equals(token)) {
                    counts.merge(bare, 1, Integer::sum);
                }
            }
        });
        return new NameLexicon(counts, retyped);
    }

    /** The shared part for a folded spelling. */
    public NamePart part(String spelling) {
        return parts.computeIfAbsent(spelling, s -> new NamePart(s, counts.getOrDefault(s, 0),
                NameTokens.isArabicScript(s) ? 0 : arabicBySkeleton.getOrDefault(Skeleton.of(s), 0),
                likelyMeant(Skeleton.loose(s)), slipOf(s), retyping(s), nextId.getAndIncrement(), memo));
    }

    private Retyping retyping(String spelling) {
        if (!retyped.contains(spelling)) {
            return Retyping.NONE;
        }
        return skeletonsWrittenInArabic.contains(Skeleton.of(spelling)) ? Retyping.BACK : Retyping.BACK_WITHOUT_LONG_VOWELS;
    }

    /**
     * The spellings an Arabic spelling that is no name may be a slip for, read from the edit itself
     * rather than from how rare it is: a name one letter away ({@link KnownNames}: فاد for فادي), the
     * same spelling with one letter not written twice (ااسماعيل, تتسنيم, هيثثم: Arabic writes a doubled
     * consonant once, under a shadda, so two like letters side by side are a slip of the key), or, for a
     * spelling seen fewer than {@link #ESTABLISHED} times that no list of names holds, a spelling of the
     * records one letter away and written at least as often (طدقن beside طدقان, مزن beside مازن where
     * nobody knows the name: a fifth of the given names of a real list are in no table, and their slips
     * are as rare as they are). Only towards spellings at least as common, and {@link #RARE_TYPO_RATIO}
     * times as common for a spelling seen {@link #ESTABLISHED} times or more: a name no list of names
     * holds is written as often as any (فلاح beside صلاح, 30 times each). Two names people bear are never
     * slips of each other here (حسن, حسين: brothers). Leaving established spellings out altogether lost
     * what the rule gained on the independent generator (10k people F1 0.9760 -> 0.9803 with the ratio,
     * 0.9764 without these spellings; 2026-12-06).
     */
    List<String> slipOf(String spelling) {
        int count = counts.getOrDefault(spelling, 0);
        if (!NameTokens.isArabicScript(spelling) || spelling.length() < 2) {
            return List.of();
        }
        int least = count < ESTABLISHED ? count : count * RARE_TYPO_RATIO;
        List<String> found = new java.util.ArrayList<>();
        for (String name : KnownNames.GIVEN.oneSlipFrom(spelling)) {
            if (counts.getOrDefault(name, 0) >= least) {
                found.add(name);
            }
        }
        for (int i = 1; i < spelling.length(); i++) {
            if (spelling.charAt(i) == spelling.charAt(i - 1)) {
                String single = spelling.substring(0, i) + spelling.substring(i + 1);
                if (!found.contains(single) && counts.getOrDefault(single, 0) >= Math.max(1, least)) {
                    found.add(single);
                }
            }
        }
        if (count < ESTABLISHED && !KnownNames.GIVEN.contains(spelling)) {
            for (String near : allOneSlipAway(spelling)) {
                if (!found.contains(near) && !near.equals(spelling) && counts.getOrDefault(near, 0) >= Math.max(1, count)
                        && OneEdit.within(near, spelling)) {
                    found.add(near);
                }
            }
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /**
     * The loose skeletons a rare one may be a slip for: one letter inserted, left out or replaced (the
     * first too), and at least {@link #SLIP_RATIO} times commoner; the three commonest, as a slip may be
     * read more than one way (عالشه: عائشة or علي). Only blocking reads them, so that a record with a slip still
     * meets its other records.
     */
    public List<String> likelyMeant(String loose) {
        if (loose.length() < 2) {
            return List.of();
        }
        int least = Math.max(1, looseCounts.getOrDefault(loose, 0)) * SLIP_RATIO;
        return oneSlipAway(loose, commonestByDeletion).stream()
                .distinct()
                .filter(c -> looseCounts.getOrDefault(c, 0) >= least)
                .sorted(java.util.Comparator.comparing((String c) -> -looseCounts.get(c)).thenComparing(c -> c))
                .limit(3).toList();
    }

    /** The commoner of two spellings; of two as common, the first in alphabetical order (the same on every run). */
    private static String commoner(String a, String b, Map<String, Integer> counts) {
        int byCount = Integer.compare(counts.get(a), counts.get(b));
        return byCount > 0 || byCount == 0 && a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Whether a spelling is one letter from one at least {@link #TYPO_RATIO} times commoner, or
     * {@link #NAMES_RATIO} times when both are names people bear and it is {@link #ESTABLISHED} (حامد beside أحمد).
     */
    private static boolean isSlip(String spelling, Map<String, Integer> counts, Map<String, String> commonestByDeletion) {
        int count = counts.getOrDefault(spelling, 0);
        long least = (long) count * TYPO_RATIO;
        boolean name = count >= ESTABLISHED && KnownNames.GIVEN.contains(spelling);
        return oneSlipAway(spelling, commonestByDeletion).stream().anyMatch(c -> counts.getOrDefault(c, 0)
                >= (name && KnownNames.GIVEN.contains(c) ? (long) Math.max(1, count) * NAMES_RATIO : least));
    }

    /**
     * The spellings one letter from {@code spelling} (inserted, left out or replaced)
     * that a deletion index knows: for each, the commonest spelling it stands for.
     */
    private static List<String> oneSlipAway(String spelling, Map<String, String> commonestByDeletion) {
        List<String> candidates = new java.util.ArrayList<>();
        candidates.add(commonestByDeletion.get(spelling)); // one letter more
        for (String deleted : deletions(spelling)) {
            candidates.add(deleted); // one letter less
            candidates.add(commonestByDeletion.get(deleted)); // one letter replaced
        }
        candidates.removeIf(c -> c == null || c.equals(spelling));
        return candidates;
    }

    /** The commonest {@link #NEAR_KEPT} of two lists of spellings, commonest first (alphabetical among equals). */
    private static List<String> commonest(List<String> a, List<String> b, Map<String, Integer> counts) {
        List<String> all = new java.util.ArrayList<>(a.size() + b.size());
        all.addAll(a);
        for (String spelling : b) {
            if (!all.contains(spelling)) {
                all.add(spelling);
            }
        }
        all.sort(java.util.Comparator.comparing((String spelling) -> -counts.get(spelling)).thenComparing(x -> x));
        return List.copyOf(all.subList(0, Math.min(NEAR_KEPT, all.size())));
    }

    /** The Arabic spellings of the records one letter from a spelling (inserted, left out or replaced). */
    private List<String> allOneSlipAway(String spelling) {
        List<String> candidates = new java.util.ArrayList<>(arabicByDeletion.getOrDefault(spelling, List.of()));
        for (String deleted : deletions(spelling)) {
            candidates.add(deleted);
            candidates.addAll(arabicByDeletion.getOrDefault(deleted, List.of()));
        }
        candidates.removeIf(c -> c.equals(spelling));
        return candidates;
    }

    /** A skeleton with each one of its letters left out, for skeletons of three letters or more. */
    private static List<String> deletions(String loose) {
        if (loose.length() < 3) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(loose.length());
        for (int i = 0; i < loose.length(); i++) {
            out.add(loose.substring(0, i) + loose.substring(i + 1));
        }
        return out;
    }

    /**
     * Whether one of two spellings is so much rarer than the other that it may be a typo of it. A Latin
     * spelling counts as often as the Arabic name it reads as: the Latin list is one of several and
     * splits each name among its transliterations, so يوف is a slip beside Youssef (يوسف).
     */
    public static boolean mayBeTypo(NamePart x, NamePart y) {
        if (Math.min(frequency(x), frequency(y)) >= ESTABLISHED && bearsAName(x) && bearsAName(y)) {
            return (long) Math.min(frequency(x), frequency(y)) * NAMES_RATIO <= Math.max(frequency(x), frequency(y));
        }
        if (slipsOfOneName(x, y)) {
            return true;
        }
        long rarer = Math.min(frequency(x), frequency(y));
        long commoner = Math.max(frequency(x), frequency(y));
        return rarer * TYPO_RATIO <= commoner
                || rarer < ESTABLISHED && commoner >= ESTABLISHED && rarer * RARE_TYPO_RATIO <= commoner;
    }

    /**
     * How many times rarer than its neighbour a spelling written {@link #ESTABLISHED} times or more must be
     * to be read as a slip of it when both are names people bear ({@link KnownNames}; a Latin spelling by its skeleton): brothers' names one letter
     * apart are both common, while one slip of a name (a given letter left out, say) is about a hundredth
     * of its records. أحمد and حامد (two neighbours swapped) on SecondHandLists at 2,000 people: 441 and
     * 21 times, and reading حامد as a slip at {@link #TYPO_RATIO} joined 19 pairs of brothers; حمد beside
     * محمد and أحمد on HarshLists, where no one bears حمد: 41 beside 3,249 and 1,568 at 10,000 people (79
     * and 38 times; at 40, harsh 10k lost F1 0.0004). Also Ahmed and Hamed, which write those names.
     */
    private static final int NAMES_RATIO = 30;

    private static boolean bearsAName(NamePart part) {
        return part.arabic() ? KnownNames.GIVEN.contains(part.spelling()) : KnownNames.GIVEN.hasSkeleton(part.skeleton());
    }

    /**
     * Whether one of two spellings is a slip of the other ({@link #slipOf}), or both are slips of one name
     * (خاطمة and فاطه, ضخاء and ضاء: each recorder slipped once, in another letter).
     */
    public static boolean slipsOfOneName(NamePart x, NamePart y) {
        if (x.slipOf().isEmpty() && y.slipOf().isEmpty()) {
            return false;
        }
        if (x.slipOf().contains(y.spelling()) || y.slipOf().contains(x.spelling())) {
            return true;
        }
        for (String name : x.slipOf()) {
            if (y.slipOf().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many times rarer than its neighbour a spelling seen fewer than {@link #ESTABLISHED} times must
     * be to be read as a typo of it: on lists of a few thousand records a slip (لين for لينا, قسم for
     * قاسم, Khald for خالد) is seldom twenty times rarer than the name, as the name itself is written a
     * few dozen times; two names borne by siblings (حسن, حسين) are both established. Measured on
     * 2026-12-05 (harsh generator 2k people F1 0.9299 -> 0.9504): limited to one script, or leaving out a
     * Latin spelling that reads as an Arabic name (Yara beside ياا), it reached 0.9443 and 0.9451, and
     * real names 0.9355 and 0.9364 against 0.9369. The commoner spelling must itself be established: on a
     * list of a few hundred records nothing is, and reading حسين (once) as a slip of حسن (three times) joined
     * brothers — SmallListsTest's precision at 500 records fell to 0.937; with the condition 0.956, for harsh
     * 2k 0.9543 -> 0.9489, harsh 10k 0.9207 -> 0.9198, real names 0.9375 -> 0.9370 (2026-12-05).
     */
    private static final int RARE_TYPO_RATIO = 3;

    private static long frequency(NamePart part) {
        return Math.max(part.count(), part.arabicReading());
    }
}
