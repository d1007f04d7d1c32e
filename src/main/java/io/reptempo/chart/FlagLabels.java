package io.reptempo.chart;

import io.reptempo.reps.Flag;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Short names of flags for chart labels and table cells, where a sentence does not fit. */
public final class FlagLabels {
    private FlagLabels() {
    }

    public static String shortName(FlagType type) {
        return switch (type) {
            case SHORTENING -> "shortening";
            case ECCENTRIC_TOO_FAST -> "eccentric fast";
            case ECCENTRIC_TOO_SLOW -> "eccentric slow";
            case PAUSE_AFTER_ECCENTRIC_TOO_SHORT, PAUSE_AFTER_CONCENTRIC_TOO_SHORT -> "pause short";
            case PAUSE_AFTER_ECCENTRIC_TOO_LONG, PAUSE_AFTER_CONCENTRIC_TOO_LONG -> "pause long";
            case CONCENTRIC_TOO_FAST -> "concentric fast";
            case CONCENTRIC_TOO_SLOW -> "concentric slow";
            case PARTIAL_RANGE -> "partial range";
            case VELOCITY_LOSS -> "velocity loss";
        };
    }

    /** The rep's flags as short names, each once, worst first (shortening, range, velocity, tempo). */
    public static List<String> shortNames(Rep rep) {
        Set<String> names = new LinkedHashSet<>();
        for (FlagType t : List.of(FlagType.SHORTENING, FlagType.PARTIAL_RANGE, FlagType.VELOCITY_LOSS)) {
            if (rep.hasFlag(t)) {
                names.add(shortName(t));
            }
        }
        for (Flag f : rep.flags()) {
            names.add(shortName(f.type()));
        }
        return List.copyOf(names);
    }

    /** The tempo flags: a phase that was too fast/short or too slow/long against the target. */
    public static boolean isTempo(FlagType type) {
        return phaseOf(type) != null;
    }

    /** The phase a tempo flag is about, or null for the other flags. */
    public static PhaseKind phaseOf(FlagType type) {
        return switch (type) {
            case ECCENTRIC_TOO_FAST, ECCENTRIC_TOO_SLOW -> PhaseKind.ECCENTRIC;
            case PAUSE_AFTER_ECCENTRIC_TOO_SHORT, PAUSE_AFTER_ECCENTRIC_TOO_LONG -> PhaseKind.PAUSE_AFTER_ECCENTRIC;
            case CONCENTRIC_TOO_FAST, CONCENTRIC_TOO_SLOW -> PhaseKind.CONCENTRIC;
            case PAUSE_AFTER_CONCENTRIC_TOO_SHORT, PAUSE_AFTER_CONCENTRIC_TOO_LONG -> PhaseKind.PAUSE_AFTER_CONCENTRIC;
            default -> null;
        };
    }

    /** Whether the tempo flag says the phase took too long (slow, long) rather than too little time. */
    public static boolean isTooLong(FlagType type) {
        return EnumSet.of(FlagType.ECCENTRIC_TOO_SLOW, FlagType.PAUSE_AFTER_ECCENTRIC_TOO_LONG,
                FlagType.CONCENTRIC_TOO_SLOW, FlagType.PAUSE_AFTER_CONCENTRIC_TOO_LONG).contains(type);
    }

    /** Whether the rep has a tempo flag on this phase. */
    public static boolean offTarget(Rep rep, PhaseKind kind) {
        return rep.flags().stream().anyMatch(f -> phaseOf(f.type()) == kind);
    }
}
