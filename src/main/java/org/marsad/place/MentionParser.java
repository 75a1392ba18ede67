package org.marsad.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a place mention into names, place words, directions and unlisted words. At each word the longest
 * run that names a region or a place wins ("ريف دمشق" is the governorate Rif Dimashq, not the countryside
 * of Damascus); failing that, the word is a place word, a direction, the country, a word to skip, or
 * unlisted. After a word that opens many names (Tal, Kafr, Khan, Ain), or before a word the gazetteer does
 * not hold, a longer name loosely spelled wins over the shorter one spelled exactly ("Tell Dik" is the
 * village Tal Dik, not the town Tall and a word; "Jisr al-Shugour" is not Jisr and a word). A place of the foreign stop list wins over a Syrian name of the same words or fewer (خان يونس
 * is Gaza's), and a place word before a name stays a place word (مزرعة تل برهم: the farm of Tal Barham, not
 * the sub-district Mazraa).
 */
final class MentionParser {
    /**
     * في (fi, in), من (min, from), إلى (ila, to), على (ala, on), عند (inda, at), قرب (qurb, near), مع (ma'a,
     * with), التابعة (at-tabi'a, belonging to) and kin. A village spelled like one of them (علي) is never read
     * from it alone.
     */
    private static final Set<String> SKIPPED = Set.of(
            "في", "من", "الي", "علي", "عند", "قرب", "بالقرب", "داخل", "ضمن", "بين", "و", "ال", "نحو", "حول", "مع",
            "التابعه", "التابع", "الواقعه", "الواقع",
            "in", "of", "the", "near", "at", "on", "and", "its", "around", "inside", "within", "to", "from",
            "under", "beneath", "by", "with", "after", "before", "over", "across", "along", "behind", "outside",
            "into", "toward", "towards", "for", "during", "between", "a", "an",
            // Peoples and sides that qualify a place in English ("the Kurdish enclave of Afrin", "rebel-held
            // Douma"): capitalized like names, and spelled like villages (Kurdish, Kardish), but never one.
            "kurdish", "turkish", "syrian", "russian", "iranian", "israeli", "american", "iraqi", "lebanese",
            "jordanian", "islamic", "islamist", "alawite", "druze", "sunni", "shia", "shiite", "christian",
            "assyrian", "armenian", "turkmen", "rebel", "rebels", "regime", "government", "opposition", "held",
            "controlled", "besieged");
    /** سوريا، سورية (Suriya), Syria: the country, which the p-codes divide. */
    private static final Set<String> COUNTRY = Set.of("سوريا", "سوريه", "syria");
    /** حدود (hudud), الحدودية (al-hududiya): border; "border", "frontier". */
    private static final Set<String> BORDER = Set.of("حدود", "الحدود", "الحدوديه", "حدوديه", "الحدودي", "border",
            "borders", "frontier");

    private final NameIndex names;
    private final ForeignNames foreign;

    MentionParser(NameIndex names, ForeignNames foreign) {
        this.names = names;
        this.foreign = foreign;
    }

    List<MentionPart> parse(String mention) {
        List<Token> tokens = Token.split(mention);
        List<Optional<MentionPart>> exact = new ArrayList<>(java.util.Collections.nCopies(tokens.size(), null));
        List<MentionPart> parts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int at = i;
            MentionPart part = next(tokens, at, exact);
            if (part != null) {
                parts.add(part);
                i = part.end();
            } else {
                if (!skipped(tokens.get(i))) {
                    addUnlisted(parts, i, tokens.get(i).raw());
                }
                i++;
            }
        }
        return parts;
    }

    /** The exact name at a word, looked up once per parse: the parser asks for the next word's too. */
    private Optional<MentionPart> exactAt(List<Token> tokens, int at, List<Optional<MentionPart>> cache) {
        Optional<MentionPart> found = cache.get(at);
        if (found == null) {
            found = name(tokens, at, false);
            cache.set(at, found);
        }
        return found;
    }

    private MentionPart next(List<Token> tokens, int at, List<Optional<MentionPart>> cache) {
        Optional<MentionPart> exact = exactAt(tokens, at, cache)
                .filter(n -> n.end() > at + 1 || !skipped(tokens.get(at)));
        Optional<MentionPart.Foreign> abroad = foreign(tokens, at);
        if (abroad.isPresent() && (exact.isEmpty() || exact.get().end() <= abroad.get().end())) {
            MentionPart.Foreign f = abroad.get();
            Optional<MentionPart> same = exact.isPresent() ? exact : name(tokens, at, true);
            boolean sameWords = same.isPresent() && same.get().end() == f.end();
            return new MentionPart.Foreign(f.start(), f.end(), f.country(),
                    sameWords ? (MentionPart.Name) same.get() : null);
        }
        Optional<MentionPart> word = word(tokens, at);
        if (exact.isPresent() && word.isPresent() && exact.get().end() == at + 1 && at + 1 < tokens.size()
                && exactAt(tokens, at + 1, cache).isPresent()) {
            return word.get();
        }
        if (exact.isPresent()) {
            int after = exact.get().end();
            boolean unlistedNext = after < tokens.size() && !isGrammar(tokens, after)
                    && exactAt(tokens, after, cache).isEmpty();
            Optional<MentionPart> loose = after == at + 1 && names.isHead(tokens.get(at).folded()) || unlistedNext
                    ? name(tokens, at, true) : Optional.empty();
            return loose.isPresent() && loose.get().end() > exact.get().end() ? loose.get() : exact.get();
        }
        if (border(tokens.get(at))) {
            return new MentionPart.Border(at, at + 1);
        }
        return word.or(() -> heading(tokens, at))
                .or(() -> country(tokens, at))
                .or(() -> isGrammar(tokens, at) ? Optional.empty() : name(tokens, at, true))
                .orElse(null);
    }

    private Optional<MentionPart.Foreign> foreign(List<Token> tokens, int start) {
        int longest = Math.min(foreign.longestName(), tokens.size() - start);
        for (String first : tokens.get(start).readings()) {
            for (int length = longest; length >= 1; length--) {
                List<String> words = new ArrayList<>(List.of(first));
                tokens.subList(start + 1, start + length).forEach(t -> words.add(t.folded()));
                Boolean country = foreign.country(words);
                if (country != null) {
                    return Optional.of(new MentionPart.Foreign(start, start + length, country, null));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean border(Token token) {
        return BORDER.contains(token.folded());
    }

    /** Place words, directions and skipped words never start a loosely spelled name ("city" is not "Cute"). */
    private static boolean isGrammar(List<Token> tokens, int at) {
        return word(tokens, at).isPresent() || heading(tokens, at).isPresent() || country(tokens, at).isPresent()
                || skipped(tokens.get(at));
    }

    private Optional<MentionPart> name(List<Token> tokens, int start, boolean approximate) {
        int longest = Math.min(names.longestName(), tokens.size() - start);
        for (String first : tokens.get(start).readings()) {
            for (int length = longest; length >= 1; length--) {
                List<String> words = new ArrayList<>(List.of(first));
                tokens.subList(start + 1, start + length).forEach(t -> words.add(t.folded()));
                NameKeys.Spelled keys = approximate ? null : NameKeys.spelled(words);
                Optional<Region> region = approximate ? Optional.empty() : names.region(keys);
                if (region.isPresent()) {
                    return Optional.of(new MentionPart.Name(start, start + length, Set.of(region.get().place()),
                            false, false, region.get().label(), 0, keys.bare()));
                }
                NameIndex.Loose loose = approximate ? names.approximate(words) : null;
                Set<Place> places = approximate ? loose.places() : names.exact(keys);
                if (!places.isEmpty()) {
                    boolean countryside = words.stream().anyMatch(w -> PlaceWord.of(w)
                            .filter(f -> f.word() == PlaceWord.COUNTRYSIDE).isPresent());
                    int strength = approximate ? loose.strength() - (lowerCase(tokens.subList(start, start + length)) ? 1 : 0) : 0;
                    return Optional.of(new MentionPart.Name(start, start + length, places, approximate, countryside, "",
                            strength, approximate ? NameKeys.compared(words) : keys.bare()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A Latin word written in lower case: writers capitalize names, so a loose match of one ("rubble", "buried",
     * "ruins" all share a village's three-consonant skeleton) is more likely a common word, and its match
     * counts one letter less. Longer names typed in lower case ("kafr nabl") still resolve. The article is
     * written in lower case before a capitalized name (al-Hosn), so the first word after it decides.
     */
    private static boolean lowerCase(List<Token> words) {
        for (Token word : words) {
            if (!NameKeys.LATIN_ARTICLES.contains(word.folded())) {
                char first = word.raw().charAt(0);
                return first < 0x250 && Character.isLowerCase(first);
            }
        }
        return false;
    }

    private static Optional<MentionPart> word(List<Token> tokens, int at) {
        return tokens.get(at).readings().stream()
                .flatMap(r -> PlaceWord.of(r).stream())
                .findFirst()
                .map(f -> new MentionPart.Word(at, at + 1, f.word(), f.possessive()));
    }

    private static Optional<MentionPart> heading(List<Token> tokens, int at) {
        Optional<Direction> first = tokens.get(at).readings().stream().flatMap(r -> Direction.of(r).stream()).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Optional<Direction> combined = at + 1 < tokens.size()
                ? Direction.of(tokens.get(at + 1).folded()).flatMap(first.get()::then)
                : Optional.empty();
        return Optional.of(combined.isPresent()
                ? new MentionPart.Heading(at, at + 2, combined.get())
                : new MentionPart.Heading(at, at + 1, first.get()));
    }

    private static Optional<MentionPart> country(List<Token> tokens, int at) {
        return tokens.get(at).readings().stream().anyMatch(COUNTRY::contains)
                ? Optional.of(new MentionPart.Country(at, at + 1))
                : Optional.empty();
    }

    private static boolean skipped(Token token) {
        return token.readings().stream().anyMatch(SKIPPED::contains);
    }

    private static void addUnlisted(List<MentionPart> parts, int at, String raw) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof MentionPart.Unlisted u && u.end() == at) {
            List<String> words = new ArrayList<>(u.words());
            words.add(raw);
            parts.set(parts.size() - 1, new MentionPart.Unlisted(u.start(), at + 1, words));
        } else {
            parts.add(new MentionPart.Unlisted(at, at + 1, List.of(raw)));
        }
    }
}
