package org.marsad.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.marsad.InputError;

/**
 * A victim list file read in two passes, so that its size never decides the memory an import needs
 * (a 200 MB list of 2.9 million rows once took 6.4 GB of heap, issue 16). The first pass checks every
 * row and that no id is used twice, holding only a 64-bit hash of each id, and takes the file's SHA-256;
 * the second gives the rows one by one to the writer and fails if the file changed in between, so what
 * is written is exactly what was checked.
 */
public final class VictimListFile {
    private VictimListFile() {
    }

    /** A list file whose every row passed the checks: how many rows it has and its SHA-256. */
    public record Checked(Path file, long rows, String sha256) {
    }

    /** The first pass: every row checked, ids unique, the file's SHA-256; errors name the file, line and field. */
    public static Checked check(Path file) {
        IdHashes ids = new IdHashes();
        Read read = read(file, (line, row) -> ids.add(row.record().id()));
        Set<Long> repeated = ids.repeated();
        if (!repeated.isEmpty()) {
            // two ids with the same hash: read again to tell an id used twice from a collision of hashes
            Map<String, Long> seen = new HashMap<>();
            read(file, (line, row) -> {
                String id = row.record().id();
                if (repeated.contains(IdHashes.hash(id))) {
                    Long first = seen.putIfAbsent(id, line);
                    if (first != null) {
                        throw new InputError(file + ": line " + line + ": id '" + id + "' is used twice (first on line "
                                + first + ")");
                    }
                }
            });
        }
        return new Checked(file, read.rows(), read.sha256());
    }

    /**
     * The second pass: the rows of a checked file, one by one. Throws, after the last row, if the file is
     * no longer the one checked, so that a caller writing in one transaction writes nothing of it.
     */
    public static void forEachRow(Checked checked, LinkageCsv.RowConsumer each) {
        Read read = read(checked.file(), each);
        if (!read.sha256().equals(checked.sha256()) || read.rows() != checked.rows()) {
            throw new InputError(checked.file() + ": the file changed while it was imported; nothing was written");
        }
    }

    private record Read(long rows, String sha256) {
    }

    private static Read read(Path file, LinkageCsv.RowConsumer each) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha256);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            long rows = LinkageCsv.forEachRow(reader, file.toString(), each);
            // the parser read to the end of the file, so the digest has seen every byte
            return new Read(rows, HexFormat.of().formatHex(sha256.digest()));
        } catch (LinkageCsv.NotUtf8 e) {
            throw new InputError(file + ": line " + firstNonUtf8Line(file) + ": not valid UTF-8 text (save the list as "
                    + "CSV UTF-8) · السطر ليس نص UTF-8");
        } catch (NoSuchFileException e) {
            throw new InputError(file + ": no such file");
        } catch (IOException e) {
            throw new InputError(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The line holding the first bytes that are not UTF-8, counted from 1. */
    static long firstNonUtf8Line(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                int start = bytes.position();
                var result = decoder.decode(bytes, chars, end);
                for (int i = start; i < bytes.position(); i++) {
                    line += bytes.get(i) == '\n' ? 1 : 0;
                }
                if (result.isError()) {
                    return line;
                }
                chars.clear();
                bytes.compact();
            }
        } catch (IOException e) {
            throw new InputError(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return line;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * 64-bit hashes of ids in a growing array: 8 bytes an id (24 MB for 3 million) where a set of the ids
     * themselves took about 80. Equal hashes are found by sorting once at the end.
     */
    static final class IdHashes {
        private long[] hashes = new long[1 << 12];
        private int size;

        void add(String id) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size + (size >> 1));
            }
            hashes[size++] = hash(id);
        }

        /** The hashes that occur more than once. */
        Set<Long> repeated() {
            Arrays.sort(hashes, 0, size);
            Set<Long> repeated = new HashSet<>();
            for (int i = 1; i < size; i++) {
                if (hashes[i] == hashes[i - 1]) {
                    repeated.add(hashes[i]);
                }
            }
            return repeated;
        }

        /** A 64-bit hash of the id's characters (FNV-1a, then SplitMix64's finalizer to spread the bits). */
        static long hash(String id) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < id.length(); i++) {
                h = (h ^ id.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
            h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
            return h ^ (h >>> 31);
        }
    }
}
