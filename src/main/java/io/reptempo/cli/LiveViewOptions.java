package io.reptempo.cli;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Mount;
import io.reptempo.reps.TempoPrescription;
import picocli.CommandLine.Option;

/** How `live` shows and sounds the set: terminal view or plain lines, cues, metronome and velocity-loss advice. */
final class LiveViewOptions {

    @Option(names = "--plain", description = {"Plain lines, one per event, even on a terminal (the default when "
        + "output goes to a file or a pipe)."})
    boolean plain;

    @Option(names = "--no-sound", description = {"No tone or terminal bell for flags, advice and the metronome."})
    boolean noSound;

    @Option(names = "--metronome", description = {"Tick each second of the target eccentric while an eccentric "
        + "runs (needs --target-tempo; sounds in the terminal view).", "Example: --metronome --target-tempo 4-1-1-0"})
    boolean metronome;

    @Option(names = "--stop-at-velocity-loss", paramLabel = "PERCENT",
            description = {"Say END THE SET, once, when a rep's mean concentric velocity is this many percent below "
                + "the set's best rep so far (bar mount).", "Example: --stop-at-velocity-loss 20"})
    Double stopAtVelocityLoss;

    /** Checks the options against the analysis settings. */
    void check(AnalysisSettings settings) throws UserError {
        if (stopAtVelocityLoss != null) {
            if (!(stopAtVelocityLoss > 0 && stopAtVelocityLoss < 100)) {
                throw new UserError("--stop-at-velocity-loss is a percentage between 0 and 100, e.g. 20");
            }
            if (settings.mount() != Mount.BAR) {
                throw new UserError("--stop-at-velocity-loss is not available with the sensor on a limb: it needs "
                        + "bar speed (--mount bar)");
            }
        }
        eccentricTicks(settings);
    }

    /** The target eccentric to tick through, or NaN without --metronome. */
    double eccentricTicks(AnalysisSettings settings) throws UserError {
        if (!metronome) {
            return Double.NaN;
        }
        TempoPrescription target = settings.target();
        if (target == null) {
            throw new UserError("--metronome ticks through the target eccentric: give one with --target-tempo, "
                    + "e.g. --target-tempo 4-1-1-0");
        }
        if (!(target.eccentricS() > 0)) {
            throw new UserError("--metronome needs a target eccentric of some seconds to tick through; "
                    + "--target-tempo " + target + " has " + (Double.isNaN(target.eccentricS()) ? "X (as fast as "
                    + "possible)" : TempoPrescription.formatSeconds(target.eccentricS()) + " s"));
        }
        return target.eccentricS();
    }
}
