package org.marsad.web;

import org.marsad.report.Lang;
import java.text.MessageFormat;
import java.util.HashMap;
import org.marsad.report.words.ArabicCount;
import org.marsad.report.words.Case;
import org.marsad.report.Digits;
import org.marsad.report.words.EnglishCount;
import org.marsad.report.words.Noun;
import org.marsad.report.ReportDates;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The interface's words in each language, from {@code i18n/messages_*.properties}. Templates read them
 * as a tree ({@code t.figure.count}); code reads them by key.
 */
public final class Messages {
    private static final Map<String, Messages> CACHE = new HashMap<>();

    private final Lang lang;
    private final Digits digits;
    private final ResourceBundle bundle;
    private final Map<String, Object> tree;

    private Messages(Lang lang, Digits digits) {
        this.lang = lang;
        this.digits = digits;
        this.bundle = ResourceBundle.getBundle("i18n.messages", lang.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.tree = tree(bundle);
    }

    public static Messages of(Lang lang) {
        return of(lang, Digits.WESTERN);
    }

    static synchronized Messages of(Lang lang, Digits digits) {
        return CACHE.computeIfAbsent(lang + "/" + digits, k -> new Messages(lang, digits));
    }

    public Lang lang() {
        return lang;
    }

    public Digits digits() {
        return digits;
    }

    /**
     * A count as this page writes it, thousands grouped: 1,130 in English and in Arabic with Western digits,
     * ١٬١٣٠ in Arabic-Indic digits (English pages always use Western digits).
     */
    public String number(long n) {
        return lang == Lang.EN ? Digits.WESTERN.grouped(n) : digits.grouped(n);
    }

    /** A number that is no count (a page number, a record's number, a year): in the reader's digits, ungrouped. */
    public String plain(long n) {
        return lang == Lang.EN ? Long.toString(n) : digits.format(n);
    }

    /** A probability as a percentage in the reader's digits: 0.87 is 87%, or ٨٧٪ in Arabic-Indic digits. */
    public String percent(double p) {
        long whole = Math.round(p * 100);
        return lang == Lang.EN || digits == Digits.WESTERN ? whole + "%" : digits.format(whole) + "\u066A";
    }

    /** A date in words, in the reader's digits: "5 حزيران / يونيو 2017", "5 June 2017"; null stays null. */
    public String date(java.time.LocalDate d) {
        return d == null ? null : ReportDates.date(d, lang, lang == Lang.EN ? Digits.WESTERN : digits);
    }

    /**
     * A moment as minutes in UTC ("2026-12-06 02:15"), in the reader's digits: review and audit times,
     * where the day in words would hide the order of two decisions taken the same day.
     */
    public String time(java.time.Instant at) {
        if (at == null) {
            return null;
        }
        String minutes = at.toString().substring(0, 16).replace('T', ' ');
        return lang == Lang.EN ? minutes : digits.inText(minutes);
    }

    /**
     * A count and its noun with the number agreement of Arabic ("3,248 قتيلاً", "مدنيان", "قتيل واحد"),
     * or of English ("3,248 people killed"); zero is written as the plural with the number.
     */
    public String count(long n, Noun noun) {
        if (lang == Lang.EN) {
            return EnglishCount.phrase(n, noun);
        }
        return n < 1 ? digits.format(0) + " " + noun.plural() : ArabicCount.phrase(n, noun, digits, Case.NOMINATIVE);
    }

    Map<String, Object> tree() {
        return tree;
    }

    /** A message with its arguments; whole numbers among them are written as counts in the reader's digits. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Long || args[i] instanceof Integer ? number(((Number) args[i]).longValue()) : args[i];
        }
        return new MessageFormat(pattern, lang.locale()).format(written);
    }

    /** The noun after a count shown apart in digits: "3,248 قتيلاً" is the count and قتيلاً; English "3,248 killed". */
    public String nounAfter(long n, Noun noun) {
        if (lang == Lang.EN) {
            return n == 1 ? noun.english() : noun.englishPlural();
        }
        return ArabicCount.nounAfterDigits(n, noun, Case.NOMINATIVE);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The label of a vocabulary value ({@code cause.airstrike}, {@code perpetrator.islamic_state} for
     * "Islamic State": lower case, anything but letters and digits as one underscore), or the value itself
     * when it has none.
     */
    public String label(String prefix, String code) {
        if (code == null) {
            return null;
        }
        String key = prefix + "." + key(code);
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** The key of a vocabulary value: "Hay'at Tahrir al-Sham" is {@code hay_at_tahrir_al_sham}. */
    static String key(String value) {
        return value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * A place by its name in the page's language when the gazetteer knows its p-code (SY11 is الرقة or
     * Ar-Raqqa), else as written; a p-code alone that the gazetteer does not know stays as it is.
     */
    public String place(String pcode, String written) {
        if (pcode != null) {
            var known = org.marsad.place.Gazetteer.shipped().place(pcode);
            if (known.isPresent()) {
                return lang == Lang.AR ? known.get().nameAr() : known.get().nameEn();
            }
        }
        if (written == null || Scripts.mostlyArabic(written) == (lang == Lang.AR)) {
            return written != null ? written : pcode;
        }
        // A place written in the other script ("Raqqa city" on an Arabic page): its name in this one, when known.
        return Places.RESOLVED.computeIfAbsent(written, w -> Places.RESOLVER.best(w).map(c -> c.pcode()).orElse(""))
                .transform(code -> code.isEmpty() ? written : place(code, written));
    }

    /** The gazetteer's resolver, made once, and the places it has read, for pages that name them again. */
    private static final class Places {
        static final org.marsad.place.PlaceResolver RESOLVER = org.marsad.place.PlaceResolver.shipped();
        static final java.util.Map<String, String> RESOLVED = new java.util.concurrent.ConcurrentHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(ResourceBundle bundle) {
        Map<String, Object> root = new HashMap<>();
        for (String key : bundle.keySet()) {
            String[] parts = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new HashMap<String, Object>());
            }
            node.put(parts[parts.length - 1], bundle.getString(key));
        }
        return root;
    }
}
