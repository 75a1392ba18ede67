package org.marsad.report;

import java.util.ArrayList;
import java.util.List;
import org.marsad.report.Svg.Anchor;

/**
 * Places labels beside circles so that they overprint neither each other nor the circles: after
 * the reading side, it tries the other side, then below, then above. Neighbouring governorate centres (Damascus and
 * Rural Damascus) otherwise print their names on top of one another. Coordinates are logical (before
 * mirroring), so the reading side is always "after" the circle.
 */
final class LabelLayout {
    private static final double GAP = 4;
    private static final double ASCENT = 11;
    private static final double DESCENT = 4;

    record Placement(double x, double y, Anchor anchor) {
    }

    private record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

    private final List<Box> taken = new ArrayList<>();
    private final int size;

    LabelLayout(int size) {
        this.size = size;
    }

    /** Keeps labels off a circle (a governorate's symbol). */
    void avoid(double cx, double cy, double r) {
        taken.add(new Box(cx - r, cy - r, cx + r, cy + r));
    }

    /** Where to write {@code text} beside a circle at (cx, cy) of radius r; the spot is then taken. */
    Placement place(String text, double cx, double cy, double r) {
        double width = Svg.estimatedWidth(text, size);
        List<Placement> candidates = List.of(
                new Placement(cx + r + GAP, cy + DESCENT, Anchor.START),
                new Placement(cx - r - GAP, cy + DESCENT, Anchor.END),
                new Placement(cx, cy + r + ASCENT + GAP, Anchor.MIDDLE),
                new Placement(cx, cy - r - GAP - DESCENT, Anchor.MIDDLE));
        Placement chosen = candidates.stream().filter(p -> taken.stream().noneMatch(box(p, width)::overlaps))
                .findFirst().orElse(candidates.get(0));
        taken.add(box(chosen, width));
        return chosen;
    }

    private static Box box(Placement p, double width) {
        double left = switch (p.anchor()) {
            case START -> p.x();
            case MIDDLE -> p.x() - width / 2;
            case END -> p.x() - width;
        };
        return new Box(left, p.y() - ASCENT, left + width, p.y() + DESCENT);
    }
}
