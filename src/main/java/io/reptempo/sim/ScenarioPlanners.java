package io.reptempo.sim;

import java.util.SplittableRandom;

/** Maps a scenario to the planner that generates it. */
final class ScenarioPlanners {

    private ScenarioPlanners() {
    }

    /** A planner whose persistent traits (ROM, limb length, bench or squat) are drawn from {@code rng}. */
    static SetPlanner create(Scenario scenario, SplittableRandom rng) {
        return switch (scenario) {
            case BENCH_TEMPO -> new BenchPlanner(rng, false, SetFeatures.NONE);
            case SQUAT_TOUCH_AND_GO -> new SquatPlanner(rng, SetFeatures.NONE);
            case BENCH_PAUSED -> new BenchPlanner(rng, true, SetFeatures.NONE);
            case ECCENTRIC_ONLY_ASSISTED -> new EccentricOnlyPlanner(rng, true);
            case ECCENTRIC_ONLY_UNASSISTED -> new EccentricOnlyPlanner(rng, false);
            case SHORTENING_IN_LOWERING -> {
                SetFeatures f = new SetFeatures(false, 0, Draw.between(rng, 1, 3));
                yield rng.nextBoolean() ? new BenchPlanner(rng, false, f) : new SquatPlanner(rng, f);
            }
            case DEADLIFT -> new DeadliftPlanner(rng);
            case REVERSE_HYPER_GYRO -> new LimbPlanner(rng, LimbPlanner.REVERSE_HYPER, true);
            case REVERSE_HYPER_ACCEL -> new LimbPlanner(rng, LimbPlanner.REVERSE_HYPER, false);
            case CURL_GYRO -> new LimbPlanner(rng, LimbPlanner.CURL, true);
            case CURL_ACCEL -> new LimbPlanner(rng, LimbPlanner.CURL, false);
            case WARMUP_AND_PARTIALS -> {
                SetFeatures f = new SetFeatures(true, Draw.between(rng, 1, 2), 0);
                yield rng.nextBoolean() ? new BenchPlanner(rng, false, f) : new SquatPlanner(rng, f);
            }
            case MIXED_RANDOM -> new MixedPlanner(rng);
        };
    }
}
