package org.marsad.store.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.marsad.security.OwnerOnly;

/**
 * The head of one database's audit trail, kept in a file outside the database: how many entries it had
 * and the last one's seal. Deleting the newest entries, or putting an older copy of the database in its
 * place, leaves the database behind its anchor, which {@link AuditLog#verify()} reports. The anchor only
 * moves forward: of several processes writing one database, the furthest head wins.
 */
public final class AuditAnchor {
    /** One process's threads take turns; other processes are held off by a file lock. */
    private static final Object IN_PROCESS = new Object();

    private final Path file;

    public AuditAnchor(Path file) {
        this.file = file;
    }

    /** The anchored head: the number of entries and the last entry's seal. */
    public record Head(long entries, String hash) {
        String text() {
            return "entries " + entries + "\nhead " + hash + "\n";
        }

        static Head parse(String text, Path from) {
            long entries = -1;
            String hash = null;
            for (String line : text.split("\n")) {
                String[] kv = line.trim().split(" ", 2);
                if (kv.length == 2 && kv[0].equals("entries")) {
                    entries = Long.parseLong(kv[1].trim());
                } else if (kv.length == 2 && kv[0].equals("head")) {
                    hash = kv[1].trim();
                }
            }
            if (entries < 0 || hash == null) {
                throw new IllegalStateException("the audit anchor " + from + " is not 'entries N' and 'head HASH'");
            }
            return new Head(entries, hash);
        }
    }

    public Path file() {
        return file;
    }

    public Optional<Head> read() {
        try {
            return Files.exists(file) ? Optional.of(Head.parse(Files.readString(file, StandardCharsets.UTF_8), file))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor " + file, e);
        }
    }

    /** Records {@code head} unless the anchor is already at or past it. */
    void advance(Head head) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(file.getParent());
                OwnerOnly.restrict(file.getParent());
                Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
                try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock held = lock.lock()) {
                    OwnerOnly.restrict(lockFile);
                    if (read().map(h -> h.entries() >= head.entries()).orElse(false)) {
                        return;
                    }
                    write(head);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the audit anchor " + file, e);
            }
        }
    }

    /** Sets the anchor to {@code head} whatever it held: only for a database just restored, whose anchor is new. */
    public void reset(Head head) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(file.getParent());
                write(head);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the audit anchor " + file, e);
            }
        }
    }

    private void write(Head head) throws IOException {
        // written whole to a temporary file and renamed, so a crash never leaves half an anchor
        Path tmp = Files.createTempFile(file.getParent(), ".anchor", ".tmp");
        OwnerOnly.restrict(tmp);
        Files.writeString(tmp, head.text(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
