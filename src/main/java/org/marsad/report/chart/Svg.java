package org.marsad.report.chart;

import java.util.List;
import java.util.Locale;
import org.marsad.report.Lang;

/**
 * A small SVG writer. Charts draw in left-to-right coordinates; for a right-to-left language the
 * writer mirrors every x and every text anchor, and embeds each text right to left.
 * <p>
 * Why not {@code direction="rtl"} on the root: renderers disagree on what it does to text-anchor.
 * Browsers make "start" the right edge (and an SVG inline in an Arabic page inherits rtl from it);
 * Batik keeps "start" on the left. So the root says {@code direction="ltr"}, which makes anchors
 * physical everywhere, and Arabic text carries its base direction itself between RIGHT-TO-LEFT
 * EMBEDDING (U+202B) and POP DIRECTIONAL FORMATTING (U+202C), which every Unicode bidi
 * implementation honours: "الرقة 1130" then reads right to left with its number, in any renderer.
 * Every text is escaped.
 */
final class Svg {
    static final String FONTS = "'DejaVu Sans', 'Noto Sans Arabic', 'Noto Sans', Arial, sans-serif";
    static final String INK = "#222222";
    static final String GRID = "#dddddd";

    enum Anchor { START, MIDDLE, END }

    private static final char RIGHT_TO_LEFT_EMBEDDING = '\u202B';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    private final StringBuilder out = new StringBuilder();
    private final int width;
    private final boolean mirror;

    Svg(Lang lang, int width, int height, String title) {
        this.width = width;
        this.mirror = lang.rightToLeft();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" lang=\"").append(lang.code())
                .append("\" direction=\"ltr\" font-family=\"").append(FONTS).append("\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /** The logical x that lands on a fixed physical x, for what must not mirror (a map's places). */
    double fixed(double physicalX) {
        return mirror ? width - physicalX : physicalX;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        out.append("<line x1=\"").append(num(x(x1))).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x(x2))).append("\" y2=\"").append(num(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(strokeWidth))
                .append("\"/>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        double left = mirror ? width - x - w : x;
        out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill)
                .append("\"/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke) {
        out.append("<circle cx=\"").append(num(x(cx))).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(fill).append("\" fill-opacity=\"0.85\" stroke=\"")
                .append(stroke).append("\"/>\n");
        return this;
    }

    /** A shape at fixed physical coordinates (a map's border is never mirrored); {@code d} is SVG path data. */
    Svg path(String d, String fill, String stroke, double strokeWidth) {
        out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(strokeWidth)).append("\" stroke-linejoin=\"round\"/>\n");
        return this;
    }

    /** Definitions others refer to by id, such as a hatch pattern. */
    Svg defs(String definitions) {
        out.append("<defs>").append(definitions).append("</defs>\n");
        return this;
    }

    Svg polyline(List<double[]> points, String stroke) {
        out.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(stroke).append("\" points=\"");
        for (double[] p : points) {
            out.append(num(x(p[0]))).append(',').append(num(p[1])).append(' ');
        }
        out.append("\"/>\n");
        return this;
    }

    Svg text(double x, double y, String text, Anchor anchor, int size, boolean bold) {
        Anchor physical = !mirror || anchor == Anchor.MIDDLE ? anchor
                : anchor == Anchor.START ? Anchor.END : Anchor.START;
        String directed = mirror ? RIGHT_TO_LEFT_EMBEDDING + text + POP_DIRECTIONAL_FORMATTING : text;
        out.append("<text x=\"").append(num(x(x))).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(physical.name().toLowerCase(Locale.ROOT)).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(INK).append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append('>').append(escape(directed)).append("</text>\n");
        return this;
    }

    /** The title and an optional note under it, on the side where reading starts. */
    Svg heading(String title, String note) {
        text(16, 28, title, Anchor.START, 18, true);
        if (!note.isEmpty()) {
            text(16, 48, note, Anchor.START, 12, false);
        }
        return this;
    }

    String close() {
        return out.append("</svg>\n").toString();
    }

    /** A rough width of a text, enough to space legend entries; SVG cannot measure text before it is drawn. */
    static double estimatedWidth(String text, int size) {
        return text.length() * size * 0.6;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private double x(double logical) {
        return mirror ? width - logical : logical;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
