package io.reptempo.report;

import io.reptempo.chart.FlagLabels;
import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Flag;
import io.reptempo.reps.Mount;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.Shortening;
import io.reptempo.reps.TempoPrescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Flags as plain sentences a lifter or client can read without knowing the flag codes. */
public final class FlagSentences {
    private FlagSentences() {
    }

    /** One sentence per flag, in rep and time order. */
    public static List<String> of(SetResult result) {
        List<String> out = new ArrayList<>();
        for (Rep rep : result.reps()) {
            for (Flag f : rep.flags()) {
                out.add(sentence(f, rep, result));
            }
        }
        return out;
    }

    public static String sentence(Flag f, Rep rep, SetResult result) {
        AnalysisSettings s = result.settings();
        boolean bar = s.mount() == Mount.BAR;
        double scale = bar ? 100 : 1;
        String unit = bar ? "cm" : "deg";
        int n = rep.index();
        switch (f.type()) {
            case SHORTENING -> {
                Shortening sh = nearest(rep, f.startS());
                String size = sh == null ? "" : String.format(Locale.ROOT, " (%.1f %s)", sh.size() * scale, unit);
                if (sh == null || sh.insideLowering()) {
                    return String.format(Locale.ROOT,
                            "Rep %d: pushed back up in the middle of the eccentric at %.1f s%s; "
                                    + "the eccentric should be one continuous movement.", n, f.startS(), size);
                }
                return String.format(Locale.ROOT, "Rep %d: the load was pushed back up without help at %.1f s%s; "
                        + "in eccentric-only training a spotter returns it.", n, f.startS(), size);
            }
            case PARTIAL_RANGE -> {
                double best = result.summary().bestRom();
                return String.format(Locale.ROOT, "Rep %d was a partial: range of motion %.0f %s, %.0f %% of the set's "
                                + "best %.0f %s (the limit is %.0f %%).", n, rep.rom() * scale, unit,
                        best > 0 ? 100 * rep.rom() / best : 0, best * scale, unit, 100 * s.partialRomFraction());
            }
            case VELOCITY_LOSS -> {
                Double best = result.summary().bestMeanConcentricVelocity();
                String speeds = best == null || rep.meanConcentricVelocity() == null ? ""
                        : String.format(Locale.ROOT, " (%s against %s %s)", velocity(rep.meanConcentricVelocity(), bar),
                        velocity(best, bar), bar ? "m/s" : "deg/s");
                return String.format(Locale.ROOT, "Rep %d: the concentric was %.0f %% slower than the set's best rep%s; "
                                + "the limit is %.0f %%.", n, rep.velocityLossPct() == null ? 0 : rep.velocityLossPct(),
                        speeds, s.velocityLossLimitPct());
            }
            default -> {
                return tempoSentence(f, rep, s);
            }
        }
    }

    private static String tempoSentence(Flag f, Rep rep, AnalysisSettings s) {
        PhaseKind kind = FlagLabels.phaseOf(f.type());
        if (kind == null || s.target() == null) {
            return f.message();
        }
        Double got = rep.duration(kind);
        double want = s.target().target(kind);
        String phase = "the " + PhaseSequence.label(kind, s);
        boolean pause = kind == PhaseKind.PAUSE_AFTER_ECCENTRIC || kind == PhaseKind.PAUSE_AFTER_CONCENTRIC;
        boolean tooLong = FlagLabels.isTooLong(f.type());
        String took = got == null ? "" : String.format(Locale.ROOT, " took %.1f s,", got);
        if (Double.isNaN(want)) {
            return String.format(Locale.ROOT, "Rep %d: %s%s too slow for \"as fast as possible\" (at most %s s).",
                    rep.index(), phase, took, TempoPrescription.formatSeconds(s.explosiveMaxS()));
        }
        String how = pause ? (tooLong ? "longer" : "shorter") : (tooLong ? "slower" : "faster");
        return String.format(Locale.ROOT, "Rep %d: %s%s %s than the target of %s s (give or take %s s).",
                rep.index(), phase, took, how, TempoPrescription.formatSeconds(want),
                TempoPrescription.formatSeconds(s.tempoToleranceS()));
    }

    private static Shortening nearest(Rep rep, double t) {
        Shortening best = null;
        for (Shortening sh : rep.shortenings()) {
            if (best == null || Math.abs(sh.startS() - t) < Math.abs(best.startS() - t)) {
                best = sh;
            }
        }
        return best;
    }

    static String velocity(double v, boolean bar) {
        return bar ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.0f", v);
    }
}
