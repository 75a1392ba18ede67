package org.marsad.extract.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Vocabulary;

/**
 * The parties a report names outright, by {@link Perpetrators.Kind}, where it names them: what its
 * ambiguous words stand for. "The coalition" of a report that said "the Saudi-led coalition" is that
 * coalition; "the rebels" of one that said "CODECO militiamen" are CODECO. The nearest naming before the
 * word decides, else the first after it; a report that names no party of the kind resolves nothing.
 */
final class NamedParties {

    private record Namings(int[] at, String[] names) {
    }

    private final Map<Perpetrators.Kind, Namings> byKind = new EnumMap<>(Perpetrators.Kind.class);

    /** Read once, on the first ambiguous word: most reports name their parties plainly and never need it. */
    NamedParties(Document doc) {
        Map<Perpetrators.Kind, List<Integer>> at = new EnumMap<>(Perpetrators.Kind.class);
        Map<Perpetrators.Kind, List<String>> names = new EnumMap<>(Perpetrators.Kind.class);
        for (int k = 0; k < doc.size(); k++) {
            Vocabulary.Found<Perpetrators.Party> found = doc.token(k).isWord()
                    ? Perpetrators.VOCABULARY.at(doc.tokens(), k) : null;
            if (found == null) {
                continue;
            }
            Perpetrators.Party party = found.code();
            if (!party.ambiguous() && party.kind() != null) {
                at.computeIfAbsent(party.kind(), x -> new ArrayList<>()).add(k);
                names.computeIfAbsent(party.kind(), x -> new ArrayList<>()).add(party.name());
            }
            k = found.end() - 1;
        }
        for (var e : at.entrySet()) {
            byKind.put(e.getKey(), new Namings(e.getValue().stream().mapToInt(Integer::intValue).toArray(),
                    names.get(e.getKey()).toArray(String[]::new)));
        }
    }

    /** The party of {@code kind} an ambiguous word at token {@code k} stands for, or null. */
    String resolve(Perpetrators.Kind kind, int k) {
        Namings namings = byKind.get(kind);
        if (namings == null) {
            return null;
        }
        int i = Arrays.binarySearch(namings.at(), k);
        int before = i >= 0 ? i : -i - 2;
        return namings.names()[Math.max(before, 0)];
    }
}
