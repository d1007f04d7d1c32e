package io.reptempo.reps;

import java.util.List;
import java.util.Locale;

/**
 * One analysed rep. Durations are seconds and null where they do not exist (the pause after
 * the last rep); ROM is metres for a bar and degrees for a limb, velocities per second of the same.
 *
 * @param concentricIsReturn true in eccentric-only sets where a spotter returned the load:
 *                           the concentric figures then describe the return, not the lifter
 */
public record Rep(int index, double startS, double endS,
                  Double eccentricS, Double pauseAfterEccentricS, Double concentricS, Double pauseAfterConcentricS,
                  boolean concentricIsReturn, double rom,
                  Double meanConcentricVelocity, Double peakConcentricVelocity, Double velocityLossPct,
                  List<Phase> phases, List<Shortening> shortenings, List<Flag> flags) {

    public Rep {
        phases = List.copyOf(phases);
        shortenings = List.copyOf(shortenings);
        flags = List.copyOf(flags);
    }

    /** Tempo in notation order with one decimal, {@code ?} where a phase does not exist. */
    public String tempo() {
        return part(eccentricS) + "-" + part(pauseAfterEccentricS) + "-" + part(concentricS) + "-"
                + part(pauseAfterConcentricS);
    }

    public Double duration(PhaseKind kind) {
        return switch (kind) {
            case ECCENTRIC -> eccentricS;
            case PAUSE_AFTER_ECCENTRIC -> pauseAfterEccentricS;
            case CONCENTRIC -> concentricS;
            case PAUSE_AFTER_CONCENTRIC -> pauseAfterConcentricS;
        };
    }

    public boolean hasFlag(FlagType type) {
        return flags.stream().anyMatch(f -> f.type() == type);
    }

    private static String part(Double v) {
        return v == null ? "?" : String.format(Locale.ROOT, "%.1f", v);
    }
}
