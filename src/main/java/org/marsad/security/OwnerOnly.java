package org.marsad.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read: the key, the database, its backups. Databases hold names and password
 * hashes, so another local user must not read them (issue 16: {@code marsad.db} was created 0644).
 */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    /** Sets the file to 0600 (a folder to 0700) where the file system has POSIX permissions; elsewhere does nothing. */
    public static void restrict(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is already private
        }
    }
}
