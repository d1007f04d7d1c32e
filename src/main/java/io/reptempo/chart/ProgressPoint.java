package io.reptempo.chart;

/**
 * One session's figures for the progress chart; null where the session has no such figure.
 *
 * @param label       the session's name on the axis (its date, or the file name)
 * @param eccentricS  mean eccentric seconds per rep
 * @param rom         mean range of motion, cm (bar) or deg (limb)
 * @param loadKg      the load from the recording's metadata
 * @param velocity    mean concentric velocity, m/s (bar) or deg/s (limb)
 */
public record ProgressPoint(String label, Double eccentricS, Double rom, Double loadKg, Double velocity) {
}
