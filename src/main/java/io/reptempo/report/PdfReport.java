package io.reptempo.report;

import io.reptempo.chart.FlagLabels;
import io.reptempo.reps.Flag;
import io.reptempo.reps.Mount;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.TempoPrescription;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The session report on two A4 pages: facts, summary, target compliance, the rep table and the
 * flags in words on the first; the three charts on the second.
 */
public final class PdfReport {
    private static final Color FLAGGED_ROW = new Color(0xFD, 0xEC, 0xEC);
    private static final Color HEADER_ROW = new Color(0xF0, 0xF0, 0xF0);
    private static final float TABLE_SIZE = 8.5f;
    /** Room kept under the rep table for the flags heading and a few sentences. */
    private static final float FLAGS_RESERVE = 90;
    /** Chart heights on the page: two thirds of the width at most, and not below 48 % of it. */
    private static final float LARGE_CHART_PT = PdfLayout.WIDTH * 2 / 3;
    private static final float SMALL_CHART_PT = PdfLayout.WIDTH * 0.48f;

    private PdfReport() {
    }

    public static void write(Session session, SessionCharts charts, Path file) throws IOException {
        SetResult result = session.result();
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.title("reptempo report: " + session.name());
            pdf.subtitle(SessionFacts.exercise(result.settings()));
            pdf.heading("Session");
            pdf.facts(SessionFacts.facts(session), 9.5f);
            pdf.heading("Summary");
            pdf.facts(SessionFacts.summary(result), 9.5f);
            compliance(pdf, result);
            reps(pdf, result);
            flags(pdf, result);

            charts(pdf, charts);
            pdf.save(file);
        }
    }

    /**
     * The tempo chart under the text when page 1 has room for it, the others on page 2 at a
     * larger size; otherwise all three on page 2, smaller.
     */
    private static void charts(PdfLayout pdf, SessionCharts charts) throws IOException {
        float w = PdfLayout.WIDTH;
        float perPt = SessionCharts.PDF_WIDTH / w;
        float room = pdf.remaining() - 12;
        int first = 0;
        if (room >= SMALL_CHART_PT) {
            float h = Math.min(room, LARGE_CHART_PT);
            pdf.space(12);
            pdf.image(charts.pdfImage(0, Math.round(h * perPt)), charts.charts().get(0).stem(), w, h);
            first = 1;
        }
        pdf.newPage();
        int left = charts.charts().size() - first;
        float h = Math.min(LARGE_CHART_PT, (pdf.remaining() - 8 * left) / left);
        for (int i = first; i < charts.charts().size(); i++) {
            pdf.image(charts.pdfImage(i, Math.round(h * perPt)), charts.charts().get(i).stem(), w, h);
            pdf.space(8);
        }
    }

    private static void compliance(PdfLayout pdf, SetResult result) throws IOException {
        TargetCompliance c = TargetCompliance.of(result);
        if (c == null) {
            return;
        }
        TempoPrescription target = result.settings().target();
        pdf.heading("Target tempo " + target);
        pdf.paragraph(String.format(Locale.ROOT, "Reps on target: %d of %d (every phase within %s s of its target).",
                c.repsOnTarget(), c.reps(), SessionFacts.trim(result.settings().tempoToleranceS())), 9.5f, 0);
        float[] cols = {0, 130, 190, 260, 350};
        boolean[] right = {false, true, true, true, true};
        pdf.row(new String[] {"Phase", "Target s", "On target", "Too short/fast", "Too long/slow"}, cols, right,
                TABLE_SIZE, true, HEADER_ROW);
        for (TargetCompliance.PhaseLine l : c.phases()) {
            pdf.row(new String[] {capitalise(l.label()),
                Double.isNaN(l.target()) ? "X" : TempoPrescription.formatSeconds(l.target()),
                l.measured() == 0 ? "-" : l.onTarget() + " of " + l.measured(),
                String.valueOf(l.tooShort()), String.valueOf(l.tooLong())}, cols, right, TABLE_SIZE, false, null);
        }
    }

    private static void reps(PdfLayout pdf, SetResult result) throws IOException {
        boolean bar = result.settings().mount() == Mount.BAR;
        pdf.heading("Reps");
        if (result.reps().isEmpty()) {
            pdf.paragraph("No reps found. Check that the sensor was held still for about a second at the start and "
                    + "that the exercise matches the lift.", 9.5f, 0);
            return;
        }
        float[] cols = {0, 26, 100, 132, 164, 196, 228, 272, 330, 366};
        boolean[] right = {true, false, true, true, true, true, true, true, true, false};
        String vel = bar ? "m/s" : "deg/s";
        pdf.row(new String[] {"Rep", "Tempo", "Ecc s", "Pause", "Con s", "Pause", bar ? "ROM cm" : "ROM deg",
            "Mean " + vel, "Loss %", "Flags"}, cols, right, TABLE_SIZE, true, HEADER_ROW);
        List<Rep> reps = result.reps();
        for (int i = 0; i < reps.size(); i++) {
            if (pdf.remaining() < TABLE_SIZE * 1.55f + FLAGS_RESERVE) {
                pdf.paragraph(String.format(Locale.ROOT, "... and %d more reps: see reps.csv or report.html.",
                        reps.size() - i), 8.5f, 0);
                break;
            }
            Rep r = reps.get(i);
            String[] cells = {
                String.valueOf(r.index()), r.tempo(),
                cell(r, PhaseKind.ECCENTRIC), cell(r, PhaseKind.PAUSE_AFTER_ECCENTRIC),
                cell(r, PhaseKind.CONCENTRIC), cell(r, PhaseKind.PAUSE_AFTER_CONCENTRIC),
                String.format(Locale.ROOT, bar ? "%.1f" : "%.0f", r.rom() * (bar ? 100 : 1)),
                r.meanConcentricVelocity() == null ? "-" : FlagSentences.velocity(r.meanConcentricVelocity(), bar),
                r.velocityLossPct() == null ? "-" : String.format(Locale.ROOT, "%.0f", r.velocityLossPct()),
                r.flags().isEmpty() ? "-" : String.join(", ", FlagLabels.shortNames(r))};
            pdf.row(cells, cols, right, TABLE_SIZE, false, r.flags().isEmpty() ? null : FLAGGED_ROW);
        }
        if (result.settings().target() != null) {
            pdf.space(2);
            pdf.paragraph("Shaded rows are flagged reps. Off-target phases: + too long or slow, - too short or fast.",
                    8f, 0);
        }
    }

    private static void flags(PdfLayout pdf, SetResult result) throws IOException {
        pdf.heading("Flags");
        List<String> sentences = FlagSentences.of(result);
        if (sentences.isEmpty()) {
            pdf.paragraph("No flags: every rep met the standards" + (result.settings().target() != null
                    ? " and the target tempo." : "."), 9.5f, 0);
            return;
        }
        for (int i = 0; i < sentences.size(); i++) {
            boolean lastRoom = pdf.remaining() < 30;
            if (lastRoom || !pdf.paragraph("- " + sentences.get(i), 9f, 0)) {
                pdf.paragraph(String.format(Locale.ROOT, "... and %d more flags: see report.html.",
                        sentences.size() - i), 9f, 0);
                break;
            }
        }
    }

    /** Seconds with + (too long/slow) or - (too short/fast) when the phase is off target. */
    private static String cell(Rep r, PhaseKind kind) {
        Double d = r.duration(kind);
        if (d == null) {
            return "-";
        }
        String v = String.format(Locale.ROOT, "%.1f", d);
        for (Flag f : r.flags()) {
            if (FlagLabels.phaseOf(f.type()) == kind) {
                return v + (FlagLabels.isTooLong(f.type()) ? "+" : "-");
            }
        }
        return v;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
