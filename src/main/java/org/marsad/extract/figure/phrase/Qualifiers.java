package org.marsad.extract.figure.phrase;

import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Vocabulary;

/**
 * The wordings of {@link Qualifier}s: most stand before the number (ما لا يقل عن, mā lā yaqill ʿan, no
 * fewer than), a few after its noun (على الأقل, ʿalā al-aqall, at least).
 */
public final class Qualifiers {

    static final Vocabulary<Qualifier> BEFORE = new Vocabulary<Qualifier>()
            // "up to seven children": a top the contract has no qualifier for; read as the phrase's start
            .add(Qualifier.EXACT, "up to")
            .add(Qualifier.AT_LEAST, "ما لا يقل عن", "لا يقل عن", "ما لا يقل على",
                    // the negation typed joined to its verb, as hurried typing often leaves it
                    "ما لايقل عن", "لايقل عن", "ما لاتقل عن", "مالا يقل عن", "مالا يقل على", "مالايقل عن", "على الأقل", "at least", "no fewer than",
                    "no less than")
            .add(Qualifier.APPROX, "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يناهز", "يناهز",
                    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated",
                    "estimated")
            .add(Qualifier.MORE_THAN, "أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "أزيد من", "ما يربو على",
                    "يربو على", "ما يفوق", "more than", "over", "upwards of", "in excess of",
                    // a toll that "crossed 1,000" is more than 1,000 (GOLD.md: فاق is more_than)
                    "crossed", "surpassed", "exceeded", "topped", "passed", "تجاوز", "تجاوزت", "فاق", "فاقت",
                    "تخطى", "تخطت", "تخطّى");

    public static final Vocabulary<Qualifier> AFTER = new Vocabulary<Qualifier>()
            // "155-plus people", "155+ people", "30 or more civilians": the number is a floor
            .add(Qualifier.AT_LEAST, "على الأقل", "at least", "-plus", "+", "or more")
            .add(Qualifier.APPROX, "تقريباً", "approximately");

    private Qualifiers() {
    }
}
