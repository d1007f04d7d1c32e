package io.reptempo.accuracy;

import java.nio.file.Path;

/**
 * One recorded set with its label: who lifted, which exercise, how many reps.
 *
 * @param name        the set's name in the label file
 * @param participant who lifted (empty when the labels do not say)
 * @param exercise    the preset name, e.g. {@code bench-press}
 * @param reps        the labelled rep count
 * @param recording   the recording (for MetaWear exports, the accelerometer file)
 * @param gyroscope   the separate gyroscope file, or null
 */
public record LabelledSet(String name, String participant, String exercise, int reps, Path recording,
                          Path gyroscope) {
}
