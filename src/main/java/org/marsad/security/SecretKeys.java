package org.marsad.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.marsad.InputError;

/**
 * Where the key of {@link FieldCipher} comes from, never the database: env {@code MARSAD_KEY} (base64),
 * else the file named by {@code MARSAD_KEY_FILE}, else {@code marsad-data/secret.key} under
 * {@code MARSAD_HOME}, created owner-only (0600) on first use. Losing the key loses the encrypted fields:
 * back it up apart from the database.
 */
public final class SecretKeys {
    static final Path DEFAULT_FILE = Path.of("marsad-data", "secret.key");

    private SecretKeys() {
    }

    public static FieldCipher cipher(Map<String, String> env) {
        String inline = env.get("MARSAD_KEY");
        if (inline != null && !inline.isBlank()) {
            return new FieldCipher(decode(inline, "MARSAD_KEY"));
        }
        String named = env.get("MARSAD_KEY_FILE");
        if (named != null && !named.isBlank()) {
            return fromFile(Path.of(named), false);
        }
        return fromFile(Path.of(env.getOrDefault("MARSAD_HOME", "")).resolve(DEFAULT_FILE).toAbsolutePath(), true);
    }

    static FieldCipher fromFile(Path file, boolean createIfMissing) {
        try {
            if (!Files.exists(file)) {
                if (!createIfMissing) {
                    throw new InputError("key file " + file + " (MARSAD_KEY_FILE) does not exist");
                }
                create(file);
            }
            return new FieldCipher(decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), "key file " + file));
        } catch (IOException e) {
            throw new InputError("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64, String where) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != 32) {
                throw new InputError(where + " must hold 32 bytes in base64, not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new InputError(where + " is not base64");
        }
    }
}
