package org.marsad.link.name;

/**
 * How a Latin spelling writes an Arabic name: which long vowels it writes and where, and, for a spelling
 * that is no Arabic name of the records, the looser ways Latin has of writing some letters.
 */
public final class LatinReading {

    private LatinReading() {
    }

    /**
     * A Latin spelling that reads as no Arabic name of the records is compared loosely: Mounir, Souad
     * and Yousra write a short u as ou, Tahani and Medhat may or may not write h as a letter of its own,
     * Hayat writes the final ة of حياة as t, and Turkish spelling a final د as t (Ahmet, Mehmet, Mahmut,
     * Hamit: Turkish writes a final d as it sounds). Not a spelling that writes another name.
     */
    public static boolean readsLoosely(NamePart latin, NamePart arabic) {
        if (latin.readsAsArabicName() || addsALongI(latin, arabic) && KnownNames.GIVEN.hasSkeleton(latin.skeleton())) {
            // it reads as another name, of the records or of people: Hussein, which writes a ي حسن lacks,
            // is حسين, a brother, however seldom حسين is written in these lists. Only ي: Latin writes
            // a short u as ou (Souad, Mounir), and leaves long vowels out (Munir), as often as not
            return false;
        }
        String plain = arabic.plainSkeleton();
        if (writesQafAsG(latin, arabic)) {
            return true;
        }
        // ة read as t, as it is before another word: Hayat, Nemat for حياة, نعمة
        return Skeleton.samePlain(latin.plainSkeleton(), plain)
                || arabic.spelling().endsWith("ه") && Skeleton.samePlain(latin.plainSkeleton(), plain + "t")
                || plain.endsWith("d") && latin.plainSkeleton().endsWith("t")
                    && Skeleton.samePlain(latin.plainSkeleton(), plain.substring(0, plain.length() - 1) + "t");
    }

    /** ال, the article, as folded Arabic writes it joined to its word. */
    private static final String ARTICLE = "\u0627\u0644";

    /**
     * An Arabic given, father's or grandfather's name written with the article (الحسن, الهيثم, الشيماء,
     * المعتصم; a second family name in the middle of a name: علا المقادمة النباهين) without it, as the Latin
     * beside it is read: Latin lists write Al-Hassan or Hassan, and the tokens drop a Latin article written
     * apart, while the Arabic keeps its own but on the family name. Null for a spelling without the
     * article, or too short to hold one before a name of three letters (الاء is Alaa, الين Aleen).
     */
    public static NamePart withoutArticle(NamePart arabic) {
        String spelling = arabic.spelling();
        if (!arabic.arabic() || spelling.length() < ARTICLE.length() + 3 || !spelling.startsWith(ARTICLE)) {
            return null;
        }
        return NamePart.of(spelling.substring(ARTICLE.length()));
    }

    /**
     * Whether a Latin spelling writes ق as g where the Arabic has ق (Agel for عقل, Gasem for قاسم): spoken Palestinian of the south, Bedouin and Gulf Arabic say ق as g, and
     * lists of Gaza write it so (six rows of the real names wrote عقل as Agel). Only a g that is no gh (غ), only where the Arabic writes ق, and only letter by
     * letter as {@link #readsLoosely} reads.
     */
    static boolean writesQafAsG(NamePart latin, NamePart arabic) {
        String written = latin.spelling();
        if (written.indexOf('g') < 0 || arabic.spelling().indexOf('\u0642') < 0) {
            return false;
        }
        String asQ = G_NOT_GH.matcher(written).replaceAll("q");
        return !asQ.equals(written) && Skeleton.samePlain(Skeleton.plain(asQ), arabic.plainSkeleton());
    }

    private static final java.util.regex.Pattern G_NOT_GH = java.util.regex.Pattern.compile("g(?!h)");

    /** Whether a Latin skeleton holds more y (ي) than an Arabic one: Hussein (hsyn) beside حسن (hsn). */
    private static boolean addsALongI(NamePart latin, NamePart arabic) {
        return count(latin.skeleton(), 'y') > count(arabic.skeleton(), 'y');
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a Latin spelling spells the Arabic one letter by letter once an h after d, s, k, g or t is
     * read as a letter of its own (ح or ه) rather than as half of a digraph: machine romanization of
     * unvocalized Arabic writes no short vowel between them (Dhdwh, Mdhwn).
     */
    public static boolean writesEachLetterOf(NamePart latin, NamePart arabic) {
        return latin.lettersApart() != null && latin.lettersApart().equals(arabic.skeleton());
    }

    /**
     * Whether a Latin spelling writes a name: its skeleton is that of an Arabic spelling of the records
     * that is no slip, or of a given name people bear ({@link KnownNames}). One that writes none is no
     * name in either script, as a slip of the pen or of the keyboard leaves.
     */
    public static boolean writesAName(NamePart latin) {
        return latin.arabicReading() > 0 || KnownNames.GIVEN.hasSkeleton(latin.skeleton());
    }

    /**
     * Whether the Latin spelling writes the Arabic skeleton, its long vowels و and ي included: as w or y,
     * or as a short vowel in their place (Mahmud for محمود, u where و stands), a final ى also as a
     * (Mustafa). Latin does not add a long vowel Arabic lacks (Mahmoud is not محمد) nor write another
     * vowel in the place of one (Muhammad, with a where محمود has و, is not محمود). A Latin spelling
     * without any vowel (Hsn, Mhmwd) writes the long vowels as letters.
     */
    public static boolean writesLongVowelsOf(NamePart latin, NamePart arabic) {
        String written = latin.vowelled();
        if (written.equals(latin.skeleton())) {
            // written without any vowel, as machine romanization of unvocalized Arabic is: it writes و and
            // ي as w and y, so Hsn is حسن, not حسين (brothers' names)
            return written.equals(arabic.skeleton());
        }
        // the skeletons leave out a final h; Latin may end in one that Arabic writes before ى (Noha, نهى)
        int end = written.length();
        while (end > 1 && isMark(written.charAt(end - 1))) {
            end--;
        }
        if (end > 1 && written.charAt(end - 1) == 'h' && aligns(written.substring(0, end - 1), arabic.skeleton())) {
            return true;
        }
        return aligns(written, arabic.skeleton());
    }

    private static boolean aligns(String written, String skeleton) {
        int j = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            char letter = skeleton.charAt(i);
            boolean last = i == skeleton.length() - 1;
            while (j < written.length() && written.charAt(j) != letter && !vowelFor(written.charAt(j), letter, last)
                    && isMark(written.charAt(j))) {
                j++; // a short vowel Arabic does not write
            }
            if (j == written.length() || written.charAt(j) != letter && !vowelFor(written.charAt(j), letter, last)) {
                // one mark for a run of one long vowel: Abu Odeh, ابو عوده
                if (i > 0 && letter == skeleton.charAt(i - 1) && (letter == 'w' || letter == 'y')
                        && j > 0 && (vowelFor(written.charAt(j - 1), letter, last) || written.charAt(j - 1) == letter)) {
                    continue;
                }
                return false;
            }
            boolean mark = isMark(written.charAt(j));
            j++;
            // Safiya, Ruwaida: the long vowel written both as a vowel and as its letter
            if (mark && j < written.length() && written.charAt(j) == letter) {
                j++;
            }
        }
        for (; j < written.length(); j++) {
            if (!isMark(written.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        return c == 'U' || c == 'I' || c == 'A';
    }

    /** Whether a vowel mark of a Latin spelling stands for this long vowel of the Arabic skeleton. */
    private static boolean vowelFor(char mark, char letter, boolean last) {
        return mark == 'U' && letter == 'w' || mark == 'I' && letter == 'y' || mark == 'A' && letter == 'y' && last;
    }

    /**
     * Whether a Latin spelling writes غ (ghayn) where the other spelling has ج (jīm), or ج where it has
     * غ: the skeleton reads gh and j alike (Egyptian spellings write ج as g, so g, gh and j meet), but
     * Latin writes غ as gh and never as j, and ج as j or g, never as gh. Ghina is not جنى, Jana not غنى:
     * sisters' names (SecondHandLists at 2,000 people joined 14 such pairs, 2026-12-06). False for two
     * Arabic spellings, which are compared letter by letter.
     */
    public static boolean jimForGhayn(NamePart x, NamePart y) {
        if (x.arabic() && y.arabic()) {
            return false;
        }
        if (x.arabic() || y.arabic()) {
            NamePart latin = x.arabic() ? y : x;
            String arabic = (x.arabic() ? x : y).spelling();
            boolean jim = arabic.indexOf('\u062c') >= 0;
            boolean ghayn = arabic.indexOf('\u063a') >= 0;
            return jim != ghayn && (ghayn ? writesJ(latin.spelling()) : latin.spelling().contains("gh"));
        }
        return writesGh(x.spelling()) && writesJ(y.spelling()) || writesGh(y.spelling()) && writesJ(x.spelling());
    }

    private static boolean writesGh(String latin) {
        return latin.contains("gh");
    }

    /** Whether a Latin spelling writes j and no gh: ج and nothing that may be غ. */
    private static boolean writesJ(String latin) {
        return latin.indexOf('j') >= 0 && !latin.contains("gh");
    }
}
