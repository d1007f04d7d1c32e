package io.reptempo.sim;

/**
 * The true timing and size of one rep. Times in seconds on the recording's clock; phase boundaries
 * are where speed crosses 5 % of the movement's peak. Lengths are metres for a bar mount and degrees
 * for a limb mount (see {@link SetTruth#mount()}); velocities are m/s or deg/s accordingly.
 *
 * @param pauseAfterEccentricS  null when it does not exist (last rep of a concentric-first set)
 * @param pauseAfterConcentricS null when it does not exist (last rep of an eccentric-first set)
 * @param rom                   max minus min position over the rep (held positions)
 * @param meanConcentricVelocity concentric displacement divided by concentric duration
 * @param peakConcentricVelocity maximum speed in the concentric phase
 * @param partial               the rep deliberately stopped short of full range
 */
public record RepTruth(int index, double startS, double endS,
                       double eccentricStartS, double eccentricEndS,
                       double concentricStartS, double concentricEndS,
                       double eccentricS, Double pauseAfterEccentricS,
                       double concentricS, Double pauseAfterConcentricS,
                       double rom, double meanConcentricVelocity, double peakConcentricVelocity,
                       boolean partial) {
}
