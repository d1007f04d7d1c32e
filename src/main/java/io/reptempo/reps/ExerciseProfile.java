package io.reptempo.reps;

import io.reptempo.phases.Direction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an exercise moves: where the sensor is, which direction shortens the working muscle,
 * and whether a rep starts with the eccentric or the concentric phase.
 */
public record ExerciseProfile(String name, Mount mount, Direction concentric, boolean eccentricFirst) {

    private static final Map<String, ExerciseProfile> PRESETS = new LinkedHashMap<>();

    static {
        add(new ExerciseProfile("bench-press", Mount.BAR, Direction.UP, true));
        add(new ExerciseProfile("squat", Mount.BAR, Direction.UP, true));
        add(new ExerciseProfile("deadlift", Mount.BAR, Direction.UP, false));
        add(new ExerciseProfile("overhead-press", Mount.BAR, Direction.UP, false));
        add(new ExerciseProfile("barbell-row", Mount.BAR, Direction.UP, false));
        add(new ExerciseProfile("reverse-hyper", Mount.LIMB, Direction.UP, false));
        add(new ExerciseProfile("biceps-curl", Mount.LIMB, Direction.UP, false));
    }

    private static void add(ExerciseProfile p) {
        PRESETS.put(p.name(), p);
    }

    /** The preset names, in a stable order for help texts. */
    public static Iterable<String> presetNames() {
        return PRESETS.keySet();
    }

    /** A preset by name, or null. */
    public static ExerciseProfile preset(String name) {
        return PRESETS.get(name.trim().toLowerCase());
    }

    /** Direction of the phase a rep starts with. */
    public Direction firstDirection() {
        return eccentricFirst ? concentric.opposite() : concentric;
    }

    public ExerciseProfile withMount(Mount m) {
        return new ExerciseProfile(name, m, concentric, eccentricFirst);
    }

    public ExerciseProfile withConcentric(Direction d) {
        return new ExerciseProfile(name, mount, d, eccentricFirst);
    }

    public ExerciseProfile withEccentricFirst(boolean first) {
        return new ExerciseProfile(name, mount, concentric, first);
    }
}
