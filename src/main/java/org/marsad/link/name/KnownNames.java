package org.marsad.link.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names people bear ({@code given-names.txt} beside this class), folded as {@link NameTokens}
 * folds a name. What a slip of the pen leaves is most often no name at all (فاد for فادي, عار for
 * عمار, نبي for نبيل), while brothers and sisters named one letter apart (حسن and حسين, هلا and حلا)
 * both bear names: so a spelling that is no name here, one letter from a name here, may be a slip of
 * it on any list, even one too small to count which spelling is common ({@link NameLexicon}).
 */
public final class KnownNames {

    static final String RESOURCE = "given-names.txt";

    /** The names, read once. */
    public static final KnownNames GIVEN = read();

    private final Set<String> names;
    /** The names of the file's men's section; a name borne by both (نور) is in both. */
    private final Set<String> mens;
    /** The names of the file's women's section. */
    private final Set<String> womens;
    /** Each name and each of its spellings with one letter left out, with the names it comes from. */
    private final Map<String, List<String>> byDeletion;
    /** The consonant skeletons of the names ({@link Skeleton#of}), which their Latin spellings share. */
    private final Set<String> skeletons;

    KnownNames(Set<String> names) {
        this(names, Set.of(), Set.of());
    }

    private KnownNames(Set<String> names, Set<String> mens, Set<String> womens) {
        this.names = names;
        this.mens = mens;
        this.womens = womens;
        this.byDeletion = new HashMap<>();
        this.skeletons = names.stream().map(Skeleton::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (String name : names) {
            byDeletion.computeIfAbsent(name, k -> new ArrayList<>(1)).add(name);
            for (String deleted : deletions(name)) {
                byDeletion.computeIfAbsent(deleted, k -> new ArrayList<>(1)).add(name);
            }
        }
    }

    private static KnownNames read() {
        try (InputStream in = KnownNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> names = new HashSet<>();
            Set<String> mens = new HashSet<>();
            Set<String> womens = new HashSet<>();
            Set<String> section = mens;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("# women")) {
                    section = womens;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> tokens = NameTokens.of(line);
                if (tokens.size() != 1) {
                    throw new IllegalStateException(RESOURCE + ": '" + line + "' is not read as one name");
                }
                names.add(tokens.get(0));
                section.add(tokens.get(0));
            }
            return new KnownNames(Set.copyOf(names), Set.copyOf(mens), Set.copyOf(womens));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a folded Arabic spelling is a name people bear. */
    public boolean contains(String spelling) {
        return names.contains(spelling);
    }

    /**
     * Whether a folded Arabic spelling is a name men bear and women do not: what follows "زوجته" (his
     * wife) is her own name unless it is such a name, which makes it her husband's.
     */
    public boolean onlyMens(String spelling) {
        return mens.contains(spelling) && !womens.contains(spelling);
    }

    /** Whether a folded Arabic spelling is a name women bear and men do not. */
    public boolean onlyWomens(String spelling) {
        return womens.contains(spelling) && !mens.contains(spelling);
    }

    /** Whether a skeleton is that of a name people bear: Khaled and Khld write خالد. */
    public boolean hasSkeleton(String skeleton) {
        return skeletons.contains(skeleton);
    }

    /**
     * The names one slip from a spelling that is no name itself: one letter left out, added, replaced
     * or two neighbours swapped. Empty for a name, and for spellings of fewer than two letters.
     */
    List<String> oneSlipFrom(String spelling) {
        if (spelling.length() < 2 || names.contains(spelling)) {
            return List.of();
        }
        Set<String> candidates = new HashSet<>(byDeletion.getOrDefault(spelling, List.of()));
        for (String deleted : deletions(spelling)) {
            candidates.addAll(byDeletion.getOrDefault(deleted, List.of()));
        }
        candidates.removeIf(name -> !OneEdit.within(name, spelling));
        return candidates.stream().sorted().toList();
    }

    private static List<String> deletions(String spelling) {
        List<String> out = new ArrayList<>(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            out.add(spelling.substring(0, i) + spelling.substring(i + 1));
        }
        return out;
    }
}
