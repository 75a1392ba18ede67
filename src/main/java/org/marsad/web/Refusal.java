package org.marsad.web;

/**
 * A request refused for a reason the reader can act on, said in their language: the HTTP status and the
 * key of the message in {@code i18n/messages_*.properties} with its arguments. API clients get the
 * English and the Arabic line.
 */
public final class Refusal extends RuntimeException {
    private final int status;
    private final String key;
    private final transient Object[] args;

    public Refusal(int status, String key, Object... args) {
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String getMessage() {
        return in(Messages.of(org.marsad.report.Lang.EN));
    }

    int status() {
        return status;
    }

    /** The reason in the words of {@code t}; a {@link Field} among the arguments is named in them too. */
    String in(Messages t) {
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = args[i] instanceof Field f ? f.in(t)
                    : args[i] instanceof org.marsad.InputError.Word w ? (t.has(w.key()) ? t.get(w.key()) : w.key())
                    : args[i];
        }
        return t.get(key, said);
    }

    /** The reason of an error the store or a check raised, when it names one by its message key; else null. */
    static Refusal of(int status, org.marsad.InputError e) {
        return e.key() == null ? null : new Refusal(status, e.key(), e.args());
    }

    /** A form or JSON field named in a reason, by its code ({@code published}); pages name it in their language. */
    public record Field(String name) {
        /**
         * The field's name in the words of {@code t}; a figure's field of the incident form
         * ({@code killed_civilian}) is named by its outcome and group.
         */
        String in(Messages t) {
            int cut = name.indexOf('_');
            if (!t.has("field." + name) && cut > 0 && t.has("outcome." + name.substring(0, cut))
                    && t.has("group." + name.substring(cut + 1))) {
                return t.get("outcome." + name.substring(0, cut)) + " – " + t.get("group." + name.substring(cut + 1));
            }
            return t.label("field", name);
        }
    }
}
