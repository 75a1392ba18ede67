package org.marsad.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.marsad.extract.Group;
import org.marsad.extract.Qualifier;
import org.marsad.report.words.ArabicCount;
import org.marsad.report.words.Case;
import org.marsad.report.words.EnglishCount;
import org.marsad.report.words.Noun;
import org.marsad.tally.LinkDoubt;
import org.marsad.tally.Range;
import org.marsad.tally.Reconciliation;

/**
 * The sentences that carry the numbers: the headline ("at least 1,130 civilians, including 270 children
 * and 198 women …") and the comparison of a reported figure with the recorded count. Arabic numbers agree
 * with their nouns through {@link ArabicCount}.
 */
final class Headline {
    private Headline() {
    }

    static Noun noun(Group g) {
        return Noun.of(g);
    }

    /** The headline, its subject the observatory ({@code observatory}: "مرصد" or the name it set) that documented the deaths. */
    static String sentence(ReportFacts f, Lang lang, Digits digits, String place, Function<LocalDate, String> date,
                           String observatory) {
        Group main = f.filter().group() != null ? f.filter().group()
                : f.killed(Group.FIGHTER) == 0 && f.killed(Group.CIVILIAN) == f.total().low() ? Group.CIVILIAN : Group.PERSON;
        List<Group> parts = main == Group.PERSON ? List.of(Group.CIVILIAN, Group.FIGHTER)
                : main == Group.CIVILIAN ? List.of(Group.CHILD, Group.WOMAN) : List.of();
        List<String> including = new ArrayList<>();
        for (Group g : parts) {
            if (f.killed(g) > 0) {
                including.add(count(f.killed(g), g, lang, digits, Case.NOMINATIVE));
            }
        }
        Range total = f.groups().getOrDefault(main, f.total());
        StringBuilder s = new StringBuilder();
        if (lang == Lang.AR) {
            // وثّق مرصد مقتل ما لا يقل عن … (wathaqa Marṣad maqtal mā lā yaqill ʿan: Marsad documented the killing of at least …)
            s.append("وثّق ").append(observatory).append(" مقتل ما لا يقل عن ").append(count(total.low(), main, lang, digits, Case.OBLIQUE));
            if (!including.isEmpty()) {
                s.append("، بينهم ").append(String.join(" و", including));
            }
            if (place != null) {
                s.append("، في ").append(place);
            }
            if (f.from() != null && f.to() != null) {
                s.append("، في الفترة الممتدة من ").append(date.apply(f.from())).append(" وحتى ").append(date.apply(f.to()));
            }
            s.append('.');
            if (total.best() > total.low() || total.high() > total.best()) {
                s.append(" والتقدير الأرجح ").append(digits.grouped(total.best())).append("، وقد يبلغ العدد ")
                        .append(digits.grouped(total.high())).append('.');
            }
            s.append(doubt(f.doubt(), lang, digits));
        } else {
            s.append(observatory).append(" documented the deaths of at least ").append(count(total.low(), main, lang, digits, Case.OBLIQUE));
            if (!including.isEmpty()) {
                s.append(", including ").append(join(including));
            }
            if (place != null) {
                s.append(", in ").append(place);
            }
            if (f.from() != null && f.to() != null) {
                s.append(", between ").append(date.apply(f.from())).append(" and ").append(date.apply(f.to()));
            }
            s.append('.');
            if (total.best() > total.low() || total.high() > total.best()) {
                s.append(String.format(Locale.ROOT, " The best estimate is %,d; the count may be as high as %,d.",
                        total.best(), total.high()));
            }
            s.append(doubt(f.doubt(), lang, digits));
        }
        return s.toString();
    }

    /**
     * The count's doubt from uncertain links, as a sentence after the headline, or nothing when the linker
     * doubts less than half a person either way: "By the linkage model, this count may fall by about 40
     * people, if records not yet linked prove to be the same people, and rise by about 5 people, if linked
     * records prove to be different people." The Arabic count follows بمقدار (bi-miqdār, by the amount
     * of), so it is genitive: بمقدار شخصين، بمقدار 40 شخصاً.
     */
    static String doubt(LinkDoubt d, Lang lang, Digits digits) {
        List<String> clauses = new ArrayList<>();
        if (lang == Lang.AR) {
            if (d.unlinkedPersons() > 0) {
                clauses.add("قد ينقص بمقدار " + ArabicCount.phrase(d.unlinkedPersons(), Noun.PERSON, digits, Case.OBLIQUE)
                        + " إذا تبيّن أن سجلات لم تُربط بعد تعود إلى الأشخاص أنفسهم");
            }
            if (d.mergedPersons() > 0) {
                clauses.add("قد يزيد بمقدار " + ArabicCount.phrase(d.mergedPersons(), Noun.PERSON, digits, Case.OBLIQUE)
                        + " إذا تبيّن أن سجلات رُبطت معاً تعود إلى أشخاص مختلفين");
            }
            // وبحسب نموذج الربط، هذا العدد … (wa-bi-ḥasab namūdhaj al-rabṭ: and according to the linkage model, this count …)
            return clauses.isEmpty() ? "" : " وبحسب نموذج ربط السجلات، هذا العدد " + String.join("، و", clauses) + ".";
        }
        if (d.unlinkedPersons() > 0) {
            clauses.add("fall by about " + EnglishCount.phrase(d.unlinkedPersons(), Noun.PERSON)
                    + ", if records not yet linked prove to be the same people");
        }
        if (d.mergedPersons() > 0) {
            clauses.add("rise by about " + EnglishCount.phrase(d.mergedPersons(), Noun.PERSON)
                    + ", if linked records prove to be different people");
        }
        return clauses.isEmpty() ? "" : " By the record linkage model, this count may " + String.join(", and ", clauses) + ".";
    }

    /** "SOHR reported 1,130 civilians killed; Marsad has recorded 1,097 by name and 25 more without names." */
    static String comparison(Reconciliation.Comparison c, Lang lang, Digits digits, String observatory) {
        String source = c.source() == null ? (lang == Lang.AR ? "مصدر" : "A source") : c.source();
        boolean killed = c.outcome() == org.marsad.extract.Outcome.KILLED;
        long named = c.recorded().named();
        if (lang == Lang.AR) {
            String recorded = named == 0 ? digits.grouped(c.unnamed()) + "، لم تُعرف أسماؤهم بعد."
                    : digits.grouped(named) + " بالاسم و" + digits.grouped(c.unnamed()) + " دون أسماء.";
            return "أعلن " + source + (killed ? " مقتل " : " إصابة ") + qualifier(c.qualifier(), lang)
                    + count(c.reported(), c.group(), lang, digits, Case.OBLIQUE) + "؛ ووثّق " + observatory + " منهم " + recorded;
        }
        String recorded = named == 0 ? String.format(Locale.ROOT, "%,d of them, none yet by name.", c.unnamed())
                : String.format(Locale.ROOT, "%,d by name and %,d more without names.", named, c.unnamed());
        return source + " reported " + qualifier(c.qualifier(), lang) + count(c.reported(), c.group(), lang, digits,
                Case.OBLIQUE) + (killed ? " killed" : " injured") + "; " + observatory + " has recorded " + recorded;
    }

    private static String qualifier(Qualifier q, Lang lang) {
        return switch (q) {
            case EXACT -> "";
            case AT_LEAST -> lang == Lang.AR ? "ما لا يقل عن " : "at least ";
            case APPROX -> lang == Lang.AR ? "نحو " : "about ";
            case MORE_THAN -> lang == Lang.AR ? "أكثر من " : "more than ";
        };
    }

    private static String count(long n, Group g, Lang lang, Digits digits, Case c) {
        return lang == Lang.AR ? ArabicCount.phrase(n, noun(g), digits, c) : EnglishCount.phrase(n, noun(g));
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
