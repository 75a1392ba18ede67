package org.marsad.web;

import org.marsad.report.Lang;
import java.text.MessageFormat;
import java.util.HashMap;
import org.marsad.report.Digits;
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

    static Messages of(Lang lang) {
        return of(lang, Digits.WESTERN);
    }

    static synchronized Messages of(Lang lang, Digits digits) {
        return CACHE.computeIfAbsent(lang + "/" + digits, k -> new Messages(lang, digits));
    }

    public Lang lang() {
        return lang;
    }

    Digits digits() {
        return digits;
    }

    /**
     * A count as this page writes it: English groups thousands (1,130); Arabic, as observatories write it,
     * does not (1130), in Western or Arabic-Indic digits (١١٣٠) as the reader chose.
     */
    public String number(long n) {
        if (lang == Lang.EN) {
            return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(n);
        }
        return digits.format(n);
    }

    Map<String, Object> tree() {
        return tree;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** The label of a vocabulary code ({@code cause.airstrike}), or the code itself when it has none. */
    public String label(String prefix, String code) {
        if (code == null) {
            return null;
        }
        String key = prefix + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
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
