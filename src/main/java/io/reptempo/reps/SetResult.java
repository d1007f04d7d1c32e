package io.reptempo.reps;

import java.util.List;

/** The outcome of analysing one set: reps, every unwanted shortening, and the summary. */
public record SetResult(AnalysisSettings settings, List<Rep> reps, List<Shortening> shortenings,
                        SetSummary summary) {

    public SetResult {
        reps = List.copyOf(reps);
        shortenings = List.copyOf(shortenings);
    }

    public List<Flag> flags() {
        return reps.stream().flatMap(r -> r.flags().stream()).toList();
    }
}
