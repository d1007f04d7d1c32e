package io.reptempo.report;

import io.reptempo.chart.ChartColors;
import io.reptempo.reps.PhaseKind;

/**
 * The frame of a report page: head, one embedded style sheet (no external files, so the page can
 * be mailed alone) and the closing tags. Written as well-formed XHTML so XML tools can read it too.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    static StringBuilder open(String title) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"reptempo\"/>\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        return sb;
    }

    static String close(StringBuilder sb) {
        sb.append("<footer>Made by reptempo. Times are seconds from the start of the recording.</footer>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String css() {
        return """
                body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; background: #fff;
                       max-width: 1240px; margin: 0 auto; padding: 16px 20px; line-height: 1.4; font-size: 15px; }
                h1 { font-size: 26px; margin: 8px 0 4px; }
                h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
                p.lead { margin: 0 0 12px; color: #444; }
                table { border-collapse: collapse; margin: 6px 0 10px; }
                th, td { padding: 4px 10px; text-align: left; vertical-align: top; }
                table.facts th { font-weight: normal; color: #555; padding-left: 0; white-space: nowrap; }
                table.grid th { background: #f2f2f2; border-bottom: 2px solid #ccc; white-space: nowrap; }
                table.grid td { border-bottom: 1px solid #e4e4e4; }
                table.grid td.num, table.grid th.num { text-align: right; font-variant-numeric: tabular-nums; }
                tr.flagged td { background: #fdf0f0; }
                tr.flagged td:first-child { border-left: 4px solid %s; font-weight: bold; color: %s; }
                td.off { font-weight: bold; color: %s; outline: 2px solid #000; outline-offset: -3px; }
                td.flags { color: %s; }
                .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px;
                          border: 1px solid #fff; outline: 1px solid #bbb; }
                .ecc { background: %s; } .pe { background: %s; } .con { background: %s; } .pc { background: %s; }
                .short { background: %s; }
                ul.flags li { margin: 3px 0; }
                figure { margin: 18px 0; break-inside: avoid; page-break-inside: avoid; }
                figure svg { width: 100%%; height: auto; max-width: 1200px; display: block; }
                figcaption { color: #555; font-size: 14px; margin-top: 4px; }
                footer { margin-top: 32px; color: #777; font-size: 13px; border-top: 1px solid #ddd; padding-top: 8px; }
                ul.files { columns: 2; }
                .note { color: #555; }
                @media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } }
                """.formatted(ChartColors.hex(ChartColors.FLAGGED_LABEL), ChartColors.hex(ChartColors.FLAGGED_LABEL),
                ChartColors.hex(ChartColors.FLAGGED_LABEL), ChartColors.hex(ChartColors.FLAGGED_LABEL),
                ChartColors.hex(ChartColors.phase(PhaseKind.ECCENTRIC)),
                ChartColors.hex(ChartColors.phase(PhaseKind.PAUSE_AFTER_ECCENTRIC)),
                ChartColors.hex(ChartColors.phase(PhaseKind.CONCENTRIC)),
                ChartColors.hex(ChartColors.phase(PhaseKind.PAUSE_AFTER_CONCENTRIC)),
                ChartColors.hex(ChartColors.SHORTENING));
    }

    /** The CSS class of a phase's colour swatch. */
    static String swatchClass(PhaseKind kind) {
        return switch (kind) {
            case ECCENTRIC -> "ecc";
            case PAUSE_AFTER_ECCENTRIC -> "pe";
            case CONCENTRIC -> "con";
            case PAUSE_AFTER_CONCENTRIC -> "pc";
        };
    }

    /** A table of label/value lines. */
    static void facts(StringBuilder sb, java.util.List<SessionFacts.Line> lines) {
        sb.append("<table class=\"facts\">\n");
        for (SessionFacts.Line l : lines) {
            sb.append("<tr><th scope=\"row\">").append(HtmlText.escape(l.label())).append("</th><td>")
                    .append(HtmlText.escape(l.value())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }
}
