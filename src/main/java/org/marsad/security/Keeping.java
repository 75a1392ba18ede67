package org.marsad.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.marsad.InputError;

/**
 * Where the secret key and the audit anchors are kept: apart from the data, so that a copy of the
 * database never carries the key that seals its audit trail and opens its sources' identities.
 *
 * <p>The key: env {@code MARSAD_KEY} (base64), else the file {@code MARSAD_KEY_FILE}, else
 * {@code secret.key} in the user's configuration folder ({@code $XDG_CONFIG_HOME/marsad}, or
 * {@code ~/.config/marsad}), owner-only (0600). The anchors: {@code MARSAD_ANCHORS}, else the folder
 * {@code anchors} beside the key file. A key is created only when a new database asks for one, and its
 * creation is announced; a database that has a key never gets a new one silently.
 */
public final class Keeping {
    private static final Path LEGACY_FILE = Path.of("marsad-data", "secret.key");
    private static final int KEY_BYTES = 32;

    private final String inline;
    private final Path keyFile;
    private final Path anchors;
    private final Path legacyFile;
    private final Consumer<String> notices;

    private Keeping(String inline, Path keyFile, Path anchors, Path legacyFile, Consumer<String> notices) {
        this.inline = inline;
        this.keyFile = keyFile;
        this.anchors = anchors;
        this.legacyFile = legacyFile;
        this.notices = notices;
    }

    /** The keeping named by the environment; notices (a key created) go to stderr. */
    public static Keeping of(Map<String, String> env) {
        return of(env, System.err::println);
    }

    public static Keeping of(Map<String, String> env, Consumer<String> notices) {
        String inline = blankToNull(env.get("MARSAD_KEY"));
        String named = blankToNull(env.get("MARSAD_KEY_FILE"));
        Path config = configFolder(env);
        Path keyFile = named != null ? Path.of(named).toAbsolutePath() : config.resolve("secret.key");
        String anchorsNamed = blankToNull(env.get("MARSAD_ANCHORS"));
        Path anchors = anchorsNamed != null ? Path.of(anchorsNamed).toAbsolutePath()
                : inline != null ? config.resolve("anchors") : keyFile.getParent().resolve("anchors");
        Path legacy = Path.of(env.getOrDefault("MARSAD_HOME", "")).resolve(LEGACY_FILE).toAbsolutePath();
        return new Keeping(inline, inline != null ? null : keyFile, anchors, legacy, notices);
    }

    /**
     * Where notices for the person running Marsad go (stderr unless told otherwise): a key created, a
     * write waiting for another to finish.
     */
    public Consumer<String> notices() {
        return notices;
    }

    /** The folder of the head anchors, one file per database. */
    public Path anchors() {
        return anchors;
    }

    /** Where the key is read from, as a message may name it. */
    public String where() {
        return keyFile == null ? "MARSAD_KEY" : keyFile.toString();
    }

    public boolean keyExists() {
        return inline != null || Files.isRegularFile(keyFile);
    }

    /**
     * The key; when {@code mayCreate} (a new database) and there is none, a new one is written owner-only
     * and announced. Otherwise a missing key is an error that says where it was looked for.
     */
    public Key key(boolean mayCreate) {
        if (inline != null) {
            return new Key(decode(inline, "MARSAD_KEY"));
        }
        if (!Files.isRegularFile(keyFile)) {
            if (Files.isRegularFile(legacyFile)) {
                throw new InputError("the key now lives apart from the data: move " + legacyFile + " to " + keyFile
                        + " (or set MARSAD_KEY_FILE to where you keep it) · المفتاح يُحفظ الآن بعيداً عن البيانات: انقل "
                        + legacyFile + " إلى " + keyFile);
            }
            if (!mayCreate) {
                throw new InputError("the key of this database is missing: no file " + keyFile
                        + " (MARSAD_KEY_FILE); restore it from your copy · مفتاح قاعدة البيانات مفقود: لا يوجد الملف "
                        + keyFile + "؛ استعده من نسختك");
            }
            create(keyFile);
        }
        try {
            return new Key(decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), "key file " + keyFile));
        } catch (IOException e) {
            throw new InputError("cannot read the key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private void create(Path file) {
        try {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent());
                OwnerOnly.restrict(file.getParent());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Path tmp = Files.createTempFile(file.getParent(), ".secret", ".tmp");
            OwnerOnly.restrict(tmp);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                // no REPLACE_EXISTING: of two processes creating a key at once, the first one's key stays
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
                return;
            }
            notices.accept("marsad: created a new secret key " + file + " (owner-only). Keep a copy apart from the "
                    + "database and its backups: without it the audit trail cannot be verified and sources' identities "
                    + "cannot be read · أُنشئ مفتاح سري جديد؛ احتفظ بنسخة منه بعيداً عن قاعدة البيانات ونسخها الاحتياطية");
        } catch (IOException e) {
            throw new InputError("cannot create the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path configFolder(Map<String, String> env) {
        String xdg = blankToNull(env.get("XDG_CONFIG_HOME"));
        Path base = xdg != null ? Path.of(xdg) : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("marsad").toAbsolutePath();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static byte[] decode(String base64, String where) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != KEY_BYTES) {
                throw new InputError(where + " must hold 32 bytes in base64, not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new InputError(where + " is not base64");
        }
    }

    /**
     * The secret key and what is derived from it. Each use gets its own key (HMAC-SHA256 of the secret over
     * the use's name), so the audit seal never equals the field cipher's key.
     */
    public static final class Key {
        private final byte[] secret;

        Key(byte[] secret) {
            this.secret = secret.clone();
        }

        public FieldCipher cipher() {
            return new FieldCipher(secret);
        }

        /** The key of the audit trail's HMAC. */
        public byte[] auditKey() {
            return derive("marsad audit trail v1");
        }

        /** A short fingerprint a database keeps to tell its own key from another (it reveals nothing of the key). */
        public String check() {
            return HexFormat.of().formatHex(derive("marsad key check v1"), 0, 16);
        }

        private byte[] derive(String use) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return mac.doFinal(use.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
            }
        }
    }
}
