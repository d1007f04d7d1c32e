package io.reptempo.cli;

import io.reptempo.phases.Direction;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Mount;
import io.reptempo.reps.TempoPrescription;
import io.reptempo.reps.TrainingMode;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The exercise and analysis options shared by every command that analyses a set. */
public final class ExerciseOptions {

    @Option(names = "--exercise", paramLabel = "NAME",
            description = {"Exercise preset: bench-press, squat, deadlift, overhead-press, barbell-row, "
                + "reverse-hyper, biceps-curl, or any name with --mount/--concentric/--first.",
                "Default: the recording's '# exercise=' line.", "Example: --exercise squat"})
    String exercise;

    @Option(names = "--mount", paramLabel = "bar|limb",
            description = {"Where the sensor is: on the bar (ROM in cm, velocity in m/s) or strapped to a limb "
                + "(ROM in degrees). Overrides the preset.", "Example: --mount limb"})
    String mount;

    @Option(names = "--concentric", paramLabel = "up|down",
            description = {"Which way the working muscle shortens (the lift). Overrides the preset.",
                "Example: --concentric up"})
    String concentric;

    @Option(names = "--first", paramLabel = "eccentric|concentric",
            description = {"Which phase a rep starts with (squat: eccentric; deadlift: concentric). "
                + "Overrides the preset.", "Example: --first concentric"})
    String first;

    @Option(names = "--mode", paramLabel = "normal|eccentric-only", defaultValue = "normal",
            description = {"eccentric-only: every concentric (shortening) movement is flagged, unless "
                + "--assisted-return says a spotter returns the load. Default: ${DEFAULT-VALUE}.",
                "Example: --mode eccentric-only --assisted-return"})
    String mode;

    @Option(names = "--assisted-return",
            description = {"In eccentric-only mode a spotter lifts the load back: report that movement as a "
                + "return, and flag only pushes back up inside a lowering."})
    boolean assistedReturn;

    @Option(names = "--target-tempo", paramLabel = "E-P-C-P",
            description = {"Prescribed tempo in seconds: eccentric, pause, concentric, pause. X means as fast "
                + "as possible. Each phase off target is flagged.", "Example: --target-tempo 4-1-X-0"})
    String targetTempo;

    @Option(names = "--tempo-tolerance", paramLabel = "SECONDS", defaultValue = "0.5",
            description = {"A phase within this many seconds of its target is on target. "
                + "Default: ${DEFAULT-VALUE}.", "Example: --tempo-tolerance 0.75"})
    double tempoTolerance;

    @Option(names = "--partial-rom", paramLabel = "FRACTION", defaultValue = "0.8",
            description = {"Flag reps whose range of motion is below this share of the set's best rep. "
                + "Default: ${DEFAULT-VALUE}.", "Example: --partial-rom 0.9"})
    double partialRom;

    @Option(names = "--velocity-loss-limit", paramLabel = "PERCENT", defaultValue = "20",
            description = {"Flag reps whose mean concentric velocity is this many percent below the set's "
                + "best rep. Default: ${DEFAULT-VALUE}.", "Example: --velocity-loss-limit 25"})
    double velocityLossLimit;

    /** Builds the settings; {@code fallbackExercise} comes from the recording's metadata. */
    AnalysisSettings settings(String fallbackExercise) throws UserError {
        String name = exercise != null ? exercise : fallbackExercise;
        if (name == null || name.isBlank()) {
            throw new UserError("say which exercise this is, e.g. --exercise bench-press "
                    + "(presets: " + String.join(", ", ExerciseProfile.presetNames()) + ")");
        }
        ExerciseProfile profile = ExerciseProfile.preset(name);
        if (profile == null) {
            if (mount == null || concentric == null || first == null) {
                throw new UserError("'" + name + "' is not a preset (" + String.join(", ", ExerciseProfile.presetNames())
                        + "); for a custom exercise give --mount, --concentric and --first");
            }
            profile = new ExerciseProfile(name, Mount.BAR, Direction.UP, true);
        }
        if (mount != null) {
            profile = profile.withMount(switch (mount.toLowerCase(Locale.ROOT)) {
                case "bar" -> Mount.BAR;
                case "limb" -> Mount.LIMB;
                default -> throw new UserError("--mount must be bar or limb, not '" + mount + "'");
            });
        }
        if (concentric != null) {
            profile = profile.withConcentric(switch (concentric.toLowerCase(Locale.ROOT)) {
                case "up" -> Direction.UP;
                case "down" -> Direction.DOWN;
                default -> throw new UserError("--concentric must be up or down, not '" + concentric + "'");
            });
        }
        if (first != null) {
            profile = profile.withEccentricFirst(switch (first.toLowerCase(Locale.ROOT)) {
                case "eccentric" -> true;
                case "concentric" -> false;
                default -> throw new UserError("--first must be eccentric or concentric, not '" + first + "'");
            });
        }
        TrainingMode m;
        try {
            m = TrainingMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new UserError("--mode: " + e.getMessage());
        }
        if (assistedReturn && m != TrainingMode.ECCENTRIC_ONLY) {
            throw new UserError("--assisted-return only applies with --mode eccentric-only");
        }
        TempoPrescription target = null;
        if (targetTempo != null) {
            try {
                target = TempoPrescription.parse(targetTempo);
            } catch (IllegalArgumentException e) {
                throw new UserError("--target-tempo: " + e.getMessage());
            }
        }
        if (tempoTolerance < 0 || tempoTolerance > 10) {
            throw new UserError("--tempo-tolerance must be between 0 and 10 seconds");
        }
        if (partialRom <= 0 || partialRom > 1) {
            throw new UserError("--partial-rom is a share of the best rep's range, between 0 and 1 (e.g. 0.8)");
        }
        if (velocityLossLimit <= 0 || velocityLossLimit >= 100) {
            throw new UserError("--velocity-loss-limit is a percentage between 0 and 100");
        }
        return new AnalysisSettings(profile, m, assistedReturn, target, tempoTolerance, 1.0, partialRom,
                velocityLossLimit);
    }
}
