package org.marsad.place.resolve;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.place.mention.Modifiers;

/**
 * Which name each place word and direction of a mention qualifies: the nearest name, unlisted run or
 * mention of a country; ties go to the following name, "its" (ها) to the preceding one, and a direction
 * written as a noun ("north of Aleppo", شمال حلب) to the place after it.
 */
final class ModifierBinding {
    private ModifierBinding() {
    }

    /** Each place word and direction qualifies the nearest name, unlisted run or mention of a country. */
    static Map<MentionPart, Modifiers> bind(List<MentionPart> parts) {
        Map<MentionPart, Modifiers> bound = new IdentityHashMap<>(parts.size());
        for (int pIndex = 0; pIndex < parts.size(); pIndex++) {
            MentionPart p = parts.get(pIndex);
            if (isPlace(p)) {
                bound.put(p, Modifiers.none());
            }
        }
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            if (part instanceof MentionPart.Word w) {
                nearestPlace(parts, w, w.possessive()).ifPresent(t -> bound.put(t, bound.get(t).with(w.word())));
            } else if (part instanceof MentionPart.Heading h) {
                // "north of Aleppo", شمال حلب: a direction written as a noun points at the place after it
                Optional<MentionPart> target = h.toward() ? nextPlace(parts, h) : Optional.empty();
                target.or(() -> nearestPlace(parts, h, false)).ifPresent(t -> bound.put(t,
                        bound.get(t).with(h.direction(), h.toward() && h.end() <= t.start())));
            }
        }
        return bound;
    }

    private static boolean isPlace(MentionPart part) {
        return part instanceof MentionPart.Name || part instanceof MentionPart.Unlisted
                || part instanceof MentionPart.Country || part instanceof MentionPart.Foreign;
    }

    private static Optional<MentionPart> nextPlace(List<MentionPart> parts, MentionPart from) {
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            if (isPlace(part) && part.start() >= from.end()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private static Optional<MentionPart> nearestPlace(List<MentionPart> parts, MentionPart from, boolean backwards) {
        MentionPart nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            MentionPart part = parts.get(partIndex);
            if (!isPlace(part)) {
                continue;
            }
            boolean after = part.start() >= from.end();
            int distance = after ? part.start() - from.end() : from.start() - part.end();
            if (distance < nearestDistance || distance == nearestDistance && after && !backwards) {
                nearest = part;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
