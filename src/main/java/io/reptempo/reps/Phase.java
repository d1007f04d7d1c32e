package io.reptempo.reps;

/** One timed part of a rep, for charts and reports. */
public record Phase(PhaseKind kind, double startS, double endS) {

    public double durationS() {
        return endS - startS;
    }
}
