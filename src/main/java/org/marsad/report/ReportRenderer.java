package org.marsad.report;

import java.util.List;
import java.util.ResourceBundle;

/** Writes the blocks of a report as Markdown or as one self-contained HTML page (charts inline, no outside requests). */
final class ReportRenderer {
    private ReportRenderer() {
    }

    static String markdown(List<Block> blocks, ResourceBundle words) {
        StringBuilder md = new StringBuilder();
        boolean chartsNoted = false;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (b instanceof Block.Paragraph p) {
                md.append(p.text()).append("\n\n");
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> md.append("- ").append(i).append('\n'));
                md.append('\n');
            } else if (b instanceof Block.Table t) {
                md.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                for (int i = 0; i < t.header().size(); i++) {
                    md.append(i >= t.numericFrom() ? "---:|" : "---|");
                }
                md.append('\n');
                t.rows().forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
                md.append('\n');
            } else if (b instanceof Block.Chart && !chartsNoted) {
                md.append("*").append(words.getString("charts.md")).append("*\n\n");
                chartsNoted = true;
            }
        }
        return md.toString();
    }

    static String html(List<Block> blocks, Lang lang, String title) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html>\n<html lang=\"").append(lang.code()).append("\" dir=\"").append(lang.dir())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
                        + "initial-scale=1\">\n<title>").append(escape(title)).append("</title>\n<style>")
                .append("body{font-family:\"Noto Naskh Arabic\",\"DejaVu Sans\",sans-serif;max-width:60rem;margin:auto;"
                        + "padding:1rem;line-height:1.7;color:#1d1d1f}table{border-collapse:collapse}"
                        + "th,td{border:1px solid #ccc;padding:.2rem .6rem;text-align:start}td.n{text-align:end}"
                        + "figure{margin:1rem 0}svg{max-width:100%;height:auto}")
                .append("</style>\n</head>\n<body>\n").append(body(blocks));
        return h.append("</body>\n</html>\n").toString();
    }

    /** The blocks as HTML elements, for a page that has its own head and layout. */
    static String body(List<Block> blocks) {
        StringBuilder h = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Heading x) {
                h.append("<h").append(x.level()).append('>').append(escape(x.text())).append("</h").append(x.level())
                        .append(">\n");
            } else if (b instanceof Block.Paragraph p) {
                h.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (b instanceof Block.Bullets l) {
                h.append("<ul>\n");
                l.items().forEach(i -> h.append("<li>").append(escape(i)).append("</li>\n"));
                h.append("</ul>\n");
            } else if (b instanceof Block.Table t) {
                h.append("<table>\n<thead><tr>");
                t.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
                h.append("</tr></thead>\n<tbody>\n");
                for (List<String> r : t.rows()) {
                    h.append("<tr>");
                    for (int i = 0; i < r.size(); i++) {
                        h.append(i >= t.numericFrom() ? "<td class=\"n\">" : "<td>").append(escape(r.get(i))).append("</td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</tbody>\n</table>\n");
            } else if (b instanceof Block.Chart c) {
                h.append("<figure aria-label=\"").append(escape(c.title())).append("\">\n").append(c.svg())
                        .append("\n</figure>\n");
            }
        }
        return h.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
