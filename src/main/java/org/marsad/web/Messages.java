package org.marsad.web;

import org.marsad.report.Lang;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The interface's words in each language, from {@code i18n/messages_*.properties}. Templates read them
 * as a tree ({@code t.figure.count}); code reads them by key.
 */
final class Messages {
    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;
    private final Map<String, Object> tree;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.messages", lang.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.tree = tree(bundle);
    }

    static synchronized Messages of(Lang lang) {
        return CACHE.computeIfAbsent(lang, Messages::new);
    }

    Lang lang() {
        return lang;
    }

    Map<String, Object> tree() {
        return tree;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** The label of a vocabulary code ({@code cause.airstrike}), or the code itself when it has none. */
    String label(String prefix, String code) {
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
