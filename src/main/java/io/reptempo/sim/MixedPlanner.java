package io.reptempo.sim;

import java.util.SplittableRandom;

/** Picks one of the other scenarios by seed and plays it (soak tests). */
final class MixedPlanner implements SetPlanner {

    private final Scenario variant;
    private final SetPlanner delegate;

    MixedPlanner(SplittableRandom rng) {
        Scenario[] all = Scenario.values();
        Scenario pick;
        do {
            pick = all[rng.nextInt(all.length)];
        } while (pick == Scenario.MIXED_RANDOM);
        this.variant = pick;
        this.delegate = ScenarioPlanners.create(pick, rng);
    }

    Scenario variant() {
        return variant;
    }

    @Override
    public SetDescription description() {
        return delegate.description();
    }

    @Override
    public double initialVertical() {
        return delegate.initialVertical();
    }

    @Override
    public double limbRadiusM() {
        return delegate.limbRadiusM();
    }

    @Override
    public void appendSet(PlanBuilder builder, SplittableRandom rng) {
        delegate.appendSet(builder, rng);
    }
}
