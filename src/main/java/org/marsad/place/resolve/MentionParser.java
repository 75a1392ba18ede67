package org.marsad.place.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.place.Place;
import org.marsad.place.gazetteer.ForeignNames;
import org.marsad.place.gazetteer.Region;
import org.marsad.place.index.NameIndex;
import org.marsad.place.mention.Direction;
import org.marsad.place.mention.PlaceWord;
import org.marsad.place.mention.Token;
import org.marsad.place.mention.WordGrammar;
import org.marsad.place.name.KeyPrefixes;
import org.marsad.place.name.NameKeys;
import org.marsad.text.SpellingFolding;

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
        return parse(Token.split(mention));
    }

    /** The parts of a mention already split into words ({@link Token#split}). */
    List<MentionPart> parse(List<Token> words) {
        Words tokens = new Words(words);
        List<MentionPart> parts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            MentionPart part = next(tokens, i);
            if (part != null) {
                parts.add(part);
                i = part.end();
            } else {
                if (!tokens.skipped(i)) {
                    addUnlisted(parts, i, tokens.get(i).raw());
                }
                i++;
            }
        }
        return parts;
    }

    /**
     * The words of one mention with what each is on its own (a place word, a direction, the country, a word to
     * skip) and the exact name starting at each, worked out once per word: the parser asks for them at every
     * step, and for the next word's too.
     */
    private final class Words {
        private final List<Token> tokens;
        private final PlaceWord.Found[] placeWords;
        private final Direction[] directions;
        private final boolean[] skipped;
        private final boolean[] country;
        private final Optional<MentionPart>[] exact;

        Words(List<Token> tokens) {
            this.tokens = tokens;
            int n = tokens.size();
            placeWords = new PlaceWord.Found[n];
            directions = new Direction[n];
            skipped = new boolean[n];
            country = new boolean[n];
            @SuppressWarnings("unchecked")
            Optional<MentionPart>[] none = new Optional[n];
            exact = none;
            for (int i = 0; i < n; i++) {
                WordGrammar g = tokens.get(i).grammar();
                placeWords[i] = g.placeWord();
                directions[i] = g.direction();
                skipped[i] = g.skipped();
                country[i] = g.country();
            }
        }

        int size() {
            return tokens.size();
        }

        Token get(int i) {
            return tokens.get(i);
        }

        boolean skipped(int i) {
            return skipped[i];
        }

        /** Place words, directions and skipped words never start a loosely spelled name ("city" is not "Cute"). */
        boolean isGrammar(int i) {
            return placeWords[i] != null || directions[i] != null || country[i] || skipped[i];
        }

        Optional<MentionPart> exactAt(int at) {
            Optional<MentionPart> found = exact[at];
            if (found == null) {
                found = exactName(this, at);
                exact[at] = found;
            }
            return found;
        }
    }

    private MentionPart next(Words tokens, int at) {
        Optional<MentionPart> exact = tokens.exactAt(at)
                .filter(n -> n.end() > at + 1 || !tokens.skipped(at));
        Optional<MentionPart.Foreign> abroad = foreign(tokens, at);
        if (abroad.isPresent() && (exact.isEmpty() || exact.get().end() <= abroad.get().end())) {
            MentionPart.Foreign f = abroad.get();
            Optional<MentionPart> same = exact.isPresent() ? exact : looseName(tokens, at);
            boolean sameWords = same.isPresent() && same.get().end() == f.end();
            return new MentionPart.Foreign(f.start(), f.end(), f.country(),
                    sameWords ? (MentionPart.Name) same.get() : null);
        }
        Optional<MentionPart> word = word(tokens, at);
        if (exact.isPresent() && word.isPresent() && exact.get().end() == at + 1 && at + 1 < tokens.size()
                && tokens.exactAt(at + 1).isPresent()) {
            return word.get();
        }
        if (exact.isPresent()) {
            int after = exact.get().end();
            boolean unlistedNext = after < tokens.size() && !tokens.isGrammar(after)
                    && tokens.exactAt(after).isEmpty();
            Optional<MentionPart> loose = after == at + 1 && names.isHead(tokens.get(at).folded()) || unlistedNext
                    ? looseName(tokens, at) : Optional.empty();
            return loose.isPresent() && loose.get().end() > exact.get().end() ? loose.get() : exact.get();
        }
        if (border(tokens.get(at))) {
            return new MentionPart.Border(at, at + 1);
        }
        if (word.isPresent()) {
            return word.get();
        }
        Optional<MentionPart> heading = heading(tokens, at);
        if (heading.isPresent()) {
            return heading.get();
        }
        if (tokens.country[at]) {
            return new MentionPart.Country(at, at + 1);
        }
        return tokens.isGrammar(at) ? null : looseName(tokens, at).orElse(null);
    }

    private Optional<MentionPart.Foreign> foreign(Words tokens, int start) {
        int longest = Math.min(foreign.longestName(), tokens.size() - start);
        Strict<Boolean> found = longestStrict(tokens, start, longest, foreign.prefixes(), foreign::country);
        return found == null ? Optional.empty()
                : Optional.of(new MentionPart.Foreign(start, start + found.length(), found.value(), null));
    }

    private static boolean border(Token token) {
        return BORDER.contains(token.folded());
    }

    /** A run of words spelled as a table holds it: what the table answered, its length, keys and first word as read. */
    private record Strict<T>(T value, int length, NameKeys.Spelled keys, String first) {
    }

    /**
     * The longest run of words from {@code start} that a table holds, spelled exactly or without articles,
     * trying each reading of the first word in turn (بكفرنبل as written, then as كفرنبل); null when none.
     * Keys grow a word at a time and the run stops as soon as it begins no key of the table
     * ({@link KeyPrefixes}): most words begin none, and are done after one look.
     */
    private static <T> Strict<T> longestStrict(Words tokens, int start, int longest, KeyPrefixes prefixes,
                                               java.util.function.Function<NameKeys.Spelled, T> table) {
        Token first = tokens.get(start);
        for (int r = 0; r < first.readings().size(); r++) {
            int exactHash = 0;
            int bareHash = 0;
            int exactLength = 0;
            int bareLength = 0;
            Strict<T> found = null;
            for (int length = 1; length <= longest; length++) {
                Token word = tokens.get(start + length - 1);
                String exactPiece = length == 1 ? word.readings().get(r) : word.folded();
                String barePiece = length == 1 ? word.bareReading(r) : word.bare();
                exactHash = KeyPrefixes.grow(exactHash, exactPiece);
                bareHash = KeyPrefixes.grow(bareHash, barePiece);
                exactLength += exactPiece.length();
                bareLength += barePiece.length();
                if (!prefixes.mayBegin(exactHash, exactLength) && !prefixes.mayBegin(bareHash, bareLength)) {
                    break;
                }
                if (prefixes.mayBe(exactHash) || prefixes.mayBe(bareHash)) {
                    NameKeys.Spelled keys = length == 1 ? new NameKeys.Spelled(exactPiece, barePiece)
                            : joined(tokens, start, length, r);
                    T value = table.apply(keys);
                    if (value != null) {
                        found = new Strict<>(value, length, keys, first.readings().get(r));
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The keys of a run of words, the first read as its reading {@code r}. */
    private static NameKeys.Spelled joined(Words tokens, int start, int length, int r) {
        StringBuilder exact = new StringBuilder(32);
        StringBuilder bare = new StringBuilder(32);
        Token first = tokens.get(start);
        exact.append(first.readings().get(r));
        bare.append(first.bareReading(r));
        for (int i = start + 1; i < start + length; i++) {
            exact.append(tokens.get(i).folded());
            bare.append(tokens.get(i).bare());
        }
        return new NameKeys.Spelled(exact.toString(), bare.toString());
    }

    /** The longest name from {@code start} spelled as the gazetteer spells it: a region's, else places'. */
    private Optional<MentionPart> exactName(Words tokens, int start) {
        int longest = Math.min(names.longestName(), tokens.size() - start);
        Strict<Object> found = longestStrict(tokens, start, longest, names.strictPrefixes(), keys -> {
            Optional<Region> region = names.region(keys);
            if (region.isPresent()) {
                return region.get();
            }
            Set<Place> places = names.exact(keys);
            return places.isEmpty() ? null : places;
        });
        if (found == null) {
            return Optional.empty();
        }
        int end = start + found.length();
        if (found.value() instanceof Region region) {
            return Optional.of(new MentionPart.Name(start, end, Set.of(region.place()), false, false, region, 0,
                    found.keys().bare()));
        }
        @SuppressWarnings("unchecked")
        Set<Place> places = (Set<Place>) found.value();
        return Optional.of(new MentionPart.Name(start, end, places, false, namesCountryside(tokens, start, end, found.first()), null,
                0, found.keys().bare()));
    }

    /** Whether a word of the name, its first as read ({@code first}), is ريف or "countryside" (ريف دمشق). */
    private static boolean namesCountryside(Words tokens, int start, int end, String first) {
        for (int i = start; i < end; i++) {
            Optional<PlaceWord.Found> f = PlaceWord.of(i == start ? first : tokens.get(i).folded());
            if (f.isPresent() && f.get().word() == PlaceWord.COUNTRYSIDE) {
                return true;
            }
        }
        return false;
    }

    /** The longest name from {@code start} loosely spelled like a place's ({@link NameIndex#approximate}). */
    private Optional<MentionPart> looseName(Words tokens, int start) {
        int longest = Math.min(names.longestName(), tokens.size() - start);
        for (String first : tokens.get(start).readings()) {
            List<String> run = new ArrayList<>(longest);
            run.add(first);
            for (int i = start + 1; i < start + longest; i++) {
                run.add(tokens.get(i).folded());
            }
            for (int length = NameKeys.looseReach(run, names.loosePrefixes()); length >= 1; length--) {
                List<String> words = run.subList(0, length);
                NameIndex.Loose loose = names.approximate(words);
                if (!loose.places().isEmpty()) {
                    int strength = loose.strength() - (lowerCase(tokens, start, start + length) ? 1 : 0);
                    return Optional.of(new MentionPart.Name(start, start + length, loose.places(), true,
                            namesCountryside(tokens, start, start + length, first), null, strength, NameKeys.compared(words)));
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
    private static boolean lowerCase(Words tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token word = tokens.get(i);
            if (!NameKeys.LATIN_ARTICLES.contains(word.folded())) {
                char first = word.raw().charAt(0);
                return first < 0x250 && Character.isLowerCase(first);
            }
        }
        return false;
    }

    private static Optional<MentionPart> word(Words tokens, int at) {
        PlaceWord.Found f = tokens.placeWords[at];
        return f == null ? Optional.empty() : Optional.of(new MentionPart.Word(at, at + 1, f.word(), f.possessive()));
    }

    private static Optional<MentionPart> heading(Words tokens, int at) {
        Direction first = tokens.directions[at];
        if (first == null) {
            return Optional.empty();
        }
        Optional<Direction> combined = at + 1 < tokens.size()
                ? Direction.of(tokens.get(at + 1).folded()).flatMap(first::then)
                : Optional.empty();
        boolean toward = toward(tokens.get(at).folded());
        return Optional.of(combined.isPresent()
                ? new MentionPart.Heading(at, at + 2, combined.get(), toward)
                : new MentionPart.Heading(at, at + 1, first, toward));
    }

    /** English directions as nouns ("north of"), not adjectives ("northern"). */
    private static final Set<String> TOWARD = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    /**
     * Whether a direction is written as a noun pointing away from a place: in Arabic without the article
     * (شمال، شمالي حلب, against the adjective after the name, ريف حلب الشمالي), in English "north" (of), not
     * "northern". Only when it stands before its place does it say the place is beside the one named.
     */
    private static boolean toward(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        return SpellingFolding.isArabic(folded.charAt(0)) ? !folded.startsWith("ال") : TOWARD.contains(folded);
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
