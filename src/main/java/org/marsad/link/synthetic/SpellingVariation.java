package org.marsad.link.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Writes a name the way different recorders do: in Arabic with or without hamza, ة as ه, ى as ي,
 * "عبد X" joined or apart, the article dropped, the odd typo; in Latin with any of the usual spellings
 * and article forms (Al-, El-, al ).
 */
final class SpellingVariation {

    private static final List<String> LATIN_ARTICLES = List.of("Al-", "El-", "al-", "Al ", "");
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private final Random random;

    SpellingVariation(Random random) {
        this.random = random;
    }

    String write(SyntheticNames.Entry name, boolean latin, boolean family) {
        String written = latin ? latin(name, family) : arabic(name.arabic(), family);
        return random.nextDouble() < 0.02 ? typo(written, latin) : written;
    }

    private String latin(SyntheticNames.Entry name, boolean family) {
        String spelling = name.latin().get(random.nextInt(name.latin().size()));
        if (family && name.arabic().startsWith("ال")) {
            return LATIN_ARTICLES.get(random.nextInt(LATIN_ARTICLES.size())) + spelling;
        }
        return spelling;
    }

    private String arabic(String name, boolean family) {
        String written = name;
        if (chance(0.4)) {
            written = written.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        }
        if (chance(0.15)) {
            written = written.replace('ة', 'ه');
        }
        if (chance(0.15)) {
            written = written.replace('ى', 'ي');
        }
        if (chance(0.2)) {
            written = written.replace('ؤ', 'و').replace('ئ', 'ي').replace("ء", "");
        }
        if (chance(0.3)) {
            written = written.replace("عبد ", "عبد").replace("أبو ", "أبو").replace("ابو ", "ابو");
        }
        if (family && chance(0.15) && written.startsWith("ال")) {
            written = written.substring(2);
        }
        if (chance(0.02)) {
            written = written.charAt(0) + "ـ" + written.substring(1); // tatweel, a stretching stroke
        }
        return written;
    }

    /** One letter deleted or replaced, anywhere in the word. */
    private String typo(String written, boolean latin) {
        if (written.length() < 3) {
            return written;
        }
        int at = random.nextInt(written.length());
        if (chance(0.5)) {
            return written.substring(0, at) + written.substring(at + 1);
        }
        String letters = latin ? "abcdefghijklmnopqrstuvwxyz" : ARABIC_LETTERS;
        return written.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + written.substring(at + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
