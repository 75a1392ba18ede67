package org.marsad.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a place mention into names, place words, directions and unlisted words. At each word the longest
 * run that names a region or a place wins ("ريف دمشق" is the governorate Rif Dimashq, not the countryside
 * of Damascus); failing that, the word is a place word, a direction, the country, a word to skip, or
 * unlisted.
 */
final class MentionParser {
    /** في (fi, in), من (min, from), إلى (ila, to), على (ala, on), عند (inda, at), قرب (qurb, near) and kin. */
    private static final Set<String> SKIPPED = Set.of(
            "في", "من", "الي", "علي", "عند", "قرب", "بالقرب", "داخل", "ضمن", "بين", "و", "ال", "نحو", "حول",
            "in", "of", "the", "near", "at", "on", "and", "its", "around", "inside", "within", "to", "from");
    /** سوريا، سورية (Suriya), Syria: the country, which the p-codes divide. */
    private static final Set<String> COUNTRY = Set.of("سوريا", "سوريه", "syria");

    private final NameIndex names;

    MentionParser(NameIndex names) {
        this.names = names;
    }

    List<MentionPart> parse(String mention) {
        List<Token> tokens = Token.split(mention);
        List<MentionPart> parts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int at = i;
            MentionPart part = name(tokens, at)
                    .or(() -> word(tokens, at))
                    .or(() -> heading(tokens, at))
                    .or(() -> country(tokens, at))
                    .orElse(null);
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

    private Optional<MentionPart> name(List<Token> tokens, int start) {
        Optional<MentionPart> exact = name(tokens, start, false);
        if (exact.isPresent() || isGrammar(tokens, start)) {
            return exact;
        }
        return name(tokens, start, true);
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
                Optional<Region> region = approximate ? Optional.empty() : names.region(words);
                if (region.isPresent()) {
                    return Optional.of(new MentionPart.Name(start, start + length, Set.of(region.get().place()),
                            false, false, region.get().label()));
                }
                Set<Place> places = approximate ? names.approximate(words) : names.exact(words);
                if (!places.isEmpty()) {
                    boolean countryside = words.stream().anyMatch(w -> PlaceWord.of(w)
                            .filter(f -> f.word() == PlaceWord.COUNTRYSIDE).isPresent());
                    return Optional.of(new MentionPart.Name(start, start + length, places, approximate, countryside, ""));
                }
            }
        }
        return Optional.empty();
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
