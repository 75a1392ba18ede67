package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.extract.context.Circumstances;
import org.marsad.extract.context.PeriodReader;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.Figures;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.NamedVictimFinder;
import org.marsad.extract.victim.VictimClaims;

/**
 * Lists every casualty figure of a report, Arabic or English: {@code new ClaimExtractor().extract(text)}.
 * Thread-safe; time and memory are linear in the length of the text.
 */
public final class ClaimExtractor {

    private final PlaceLookup places;

    public ClaimExtractor() {
        this(PlaceLookup.none());
    }

    /** An extractor that resolves place names to p-codes with {@code places}. */
    public ClaimExtractor(PlaceLookup places) {
        this.places = Objects.requireNonNull(places, "places");
    }

    public Extraction extract(String text) {
        return extract(text, null);
    }

    /**
     * The claims of {@code text}. {@code reportDate} (may be null) anchors relative dates such as
     * "الجاري" (this year); without it, the latest year the report writes is used.
     */
    public Extraction extract(String text, LocalDate reportDate) {
        Document doc = new Document(text);
        List<Figure> figures = Figures.read(doc);
        Circumstances circumstances = new Circumstances(doc, places);
        circumstances.victimsSides(figures);
        PeriodsBySentence periods = new PeriodsBySentence(doc, new PeriodReader(doc, reportDate).all());
        List<Claim> claims = claims(doc, figures, circumstances, periods);
        Set<Integer> splits = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).breakdown()) {
                splits.add(i);
            }
        }
        List<Check> checks = Checks.of(claims, splits);
        VictimClaims.Result named = VictimClaims.attach(text, claims, NamedVictimFinder.find(text, doc.tokens()));
        List<Claim> all = new ArrayList<>(named.claims());
        List<NamedVictim> victims = new ArrayList<>(named.victims().size());
        for (NamedVictim v : named.victims()) {
            NamedVictim located = located(doc, circumstances, periods, v, all);
            if (located.claim() != null && located.claim() >= claims.size()) {
                all.set(located.claim(), withPlaceAndDay(all.get(located.claim()), located));
            }
            victims.add(located);
        }
        return new Extraction(language(text), all, checks, victims, all.isEmpty() ? NoFigure.of(doc) : null);
    }

    /**
     * Where and when a named person died, when the text says it for them or for the figure that counts them:
     * the place after the name in its sentence, else the counting figure's (or its whole's); the day of the name's sentence,
     * else the counting figure's, and only a single day (a period is no date of death). Linking a report's
     * victims with other lists needs both.
     */
    private static NamedVictim located(Document doc, Circumstances circumstances, PeriodsBySentence periods,
            NamedVictim v, List<Claim> claims) {
        int start = doc.tokenAt(v.start());
        int end = Math.max(start + 1, doc.tokenAt(Math.max(v.start(), v.end() - 1)) + 1);
        Claim counting = v.claim() == null ? null : claims.get(v.claim());
        NamedVictim out = v;
        if (v.placeText() == null) {
            PlaceMention place = circumstances.placeAfter(start, end);
            // the figure's own place, else its whole's ("4 civilians in X, among them two children")
            for (Claim c = counting; place == null && c != null; c = c.within() == null ? null : claims.get(c.within())) {
                place = c.place();
            }
            if (place != null) {
                out = out.withPlace(place.text(), place.pcode());
            }
        }
        if (v.date() == null) {
            Period period = period(doc, periods, start, end);
            LocalDate day = singleDay(period);
            if (day == null && counting != null) {
                day = singleDay(counting.period());
            }
            if (day != null) {
                out = out.withDate(day);
            }
        }
        return out;
    }

    private static LocalDate singleDay(Period p) {
        return p != null && p.from() != null && p.from().equals(p.to()) ? p.from() : null;
    }

    /** A claim of 1 made for a named person takes the person's place and day. */
    private static Claim withPlaceAndDay(Claim c, NamedVictim v) {
        PlaceMention place = c.place() != null || v.placeText() == null ? c.place() : new PlaceMention(v.placeText(), v.placePcode());
        Period period = c.period() != null || v.date() == null ? c.period() : new Period(v.date(), v.date());
        return new Claim(c.outcome(), c.count(), c.qualifier(), c.group(), c.within(), c.affiliation(), c.cause(),
                c.perpetrator(), place, period, c.span());
    }

    private List<Claim> claims(Document doc, List<Figure> figures, Circumstances circumstances, PeriodsBySentence periods) {
        Map<Figure, Integer> index = new IdentityHashMap<>();
        Map<Figure, Claim> made = new IdentityHashMap<>();
        Map<Figure, Cause> causes = new IdentityHashMap<>();
        List<Claim> claims = new ArrayList<>(figures.size());
        for (Figure f : wholesFirst(figures)) {
            Claim whole = f.parent() == null ? null : made.get(f.parent());
            Cause cause = circumstances.cause(f);
            String perpetrator = circumstances.perpetrator(f);
            PlaceMention place = circumstances.place(f);
            Period period = period(doc, periods, f);
            if (whole != null) {
                cause = cause == null ? causes.get(f.parent()) : cause;
                perpetrator = perpetrator == null ? whole.perpetrator() : perpetrator;
                period = period == null ? whole.period() : period;
            }
            Span span = new Span(doc.token(f.start()).start(), doc.token(f.end() - 1).end());
            Claim claim = new Claim(f.outcome(), f.count(), f.qualifier(), f.group(),
                    f.parent() == null ? null : index.get(f.parent()),
                    f.group() == Group.FIGHTER || f.affiliationStart() >= 0 ? circumstances.affiliation(f) : null,
                    cause == null ? null : cause.code(), perpetrator, place, period, span);
            index.put(f, claims.size());
            causes.put(f, cause);
            made.put(f, claim);
            claims.add(claim);
        }
        return claims;
    }

    /**
     * The figures in text order, except that a part written before its whole follows it: a headline's
     * "12 civilians, among them seven children" restated in the body keeps the body's 12 (Structure), and
     * the seven must still name the claim they are part of, which the contract's index can only do backwards.
     */
    private static List<Figure> wholesFirst(List<Figure> figures) {
        Set<Figure> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(figures);
        Set<Figure> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Figure, List<Figure>> waiting = new IdentityHashMap<>();
        List<Figure> ordered = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            if (f.parent() != null && listed.contains(f.parent()) && !placed.contains(f.parent())) {
                waiting.computeIfAbsent(f.parent(), k -> new ArrayList<>()).add(f);
                continue;
            }
            ArrayDeque<Figure> next = new ArrayDeque<>(List.of(f));
            while (!next.isEmpty()) {
                Figure g = next.poll();
                ordered.add(g);
                placed.add(g);
                List<Figure> parts = waiting.remove(g);
                if (parts != null) {
                    for (int k = parts.size() - 1; k >= 0; k--) {
                        next.addFirst(parts.get(k));
                    }
                }
            }
        }
        return ordered;
    }

    /** The period written in the figure's sentence: the first after it, else the last before it. */
    private static Period period(Document doc, PeriodsBySentence periods, Figure f) {
        return period(doc, periods, f.start(), f.end());
    }

    private static Period period(Document doc, PeriodsBySentence periods, int start, int end) {
        List<PeriodReader.Found> inSentence = periods.of(doc.sentence(start));
        if (inSentence.isEmpty()) {
            return null;
        }
        int low = 0;
        int high = inSentence.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (inSentence.get(mid).start() < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return inSentence.get(low < inSentence.size() ? low : low - 1).period();
    }

    /**
     * The periods of a report grouped by the sentence they start in, in text order, so that a figure
     * looks only at its own sentence's instead of every period of the report.
     */
    private static final class PeriodsBySentence {
        private final Map<Integer, List<PeriodReader.Found>> bySentence = new HashMap<>();

        PeriodsBySentence(Document doc, List<PeriodReader.Found> periods) {
            for (PeriodReader.Found p : periods) {
                bySentence.computeIfAbsent(doc.sentence(p.start()), s -> new ArrayList<>()).add(p);
            }
        }

        List<PeriodReader.Found> of(int sentence) {
            return bySentence.getOrDefault(sentence, List.of());
        }
    }

    /** "ar" when Arabic letters outnumber Latin ones, else "en". */
    static String language(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if (c < 128 && Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic >= latin && arabic > 0 ? "ar" : "en";
    }
}
