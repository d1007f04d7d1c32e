package io.reptempo.reps;

import java.util.Map;

/**
 * Set-level figures.
 *
 * @param timeUnderTensionS sum over reps of first-phase start to last-phase end
 * @param averageTempo      mean of each tempo part over the reps that have it
 * @param velocityLossPct   last rep's mean concentric velocity below the best rep's, percent (null when not measured)
 * @param flagCounts        flag code to count
 */
public record SetSummary(int repCount, double timeUnderTensionS, String averageTempo,
                         Double bestMeanConcentricVelocity, Double velocityLossPct, Double maxVelocityLossPct,
                         double bestRom, Map<String, Integer> flagCounts, int shorteningCount) {
}
