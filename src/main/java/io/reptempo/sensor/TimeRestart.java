package io.reptempo.sensor;

/**
 * Timestamps went back after a repeated header row, as when a device restarts its clock mid-stream.
 * The reader passes the samples on unshifted; downstream decides what a restart means.
 *
 * @param line      1-based line of the first sample after the restart
 * @param previousT time of the last sample before it, seconds
 * @param newT      time of the first sample after it, seconds
 */
public record TimeRestart(long line, double previousT, double newT) {
}
