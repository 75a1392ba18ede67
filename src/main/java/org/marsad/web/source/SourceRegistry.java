package org.marsad.web.source;

import org.marsad.web.Refusal;
import java.util.List;
import org.marsad.security.FieldCipher;
import org.marsad.store.Database;
import org.marsad.store.source.Source;
import org.marsad.store.source.SourceEdits;
import org.marsad.store.source.Sources;
import org.marsad.web.Sessions.Session;

/**
 * Sources as the pages and the API show and add them. The confidential identity is sealed with the
 * field key before it reaches the database, and opened only for admins and editors.
 */
public final class SourceRegistry {
    /** A source as one visitor may see it: {@code identity} is null unless their role may read it. */
    public record SourceView(long id, String name, String kind, String reliability, String identity, int version) {
        /** The reliability letters, this source's marked, for its edit form. */
        public java.util.List<Grade> grades() {
            return "ABCDEF".chars().mapToObj(c -> new Grade(String.valueOf((char) c), reliability.equals(String.valueOf((char) c))))
                    .toList();
        }
    }

    record Grade(String letter, boolean selected) {
    }

    private final Sources sources;
    private final FieldCipher cipher;
    private final SourceEdits edits;

    public SourceRegistry(Database db, FieldCipher cipher) {
        this.sources = new Sources(db);
        this.cipher = cipher;
        this.edits = new SourceEdits(db);
    }

    public List<SourceView> all(Session viewer) {
        boolean open = viewer != null && viewer.seesConfidential();
        return sources.all().stream().map(s -> new SourceView(s.id(), s.name(), s.kind(),
                String.valueOf(s.reliability()), open ? identity(s.confidentialIdentity()) : null,
                edits.version(s.id()).orElse(0))).toList();
    }

    /** An identity written in clear before encryption (by another tool) is shown as it is, not as a failure. */
    private String identity(String stored) {
        return FieldCipher.isSealed(stored) ? cipher.decrypt(stored) : stored;
    }

    public SourceView add(String name, String kind, String reliability, String identity, String actor) {
        String grade = reliability == null ? "F" : reliability.trim().toUpperCase(java.util.Locale.ROOT);
        if (!grade.matches("[A-F]")) {
            throw new Refusal(400, "problem.reliability");
        }
        if (sources.find(name).isPresent()) {
            throw new Refusal(400, "problem.source_exists", name);
        }
        Source s = sources.add(new Source(null, name, kind, grade.charAt(0), cipher.encrypt(identity), null), actor);
        return new SourceView(s.id(), s.name(), s.kind(), grade, identity, 0);
    }
}
