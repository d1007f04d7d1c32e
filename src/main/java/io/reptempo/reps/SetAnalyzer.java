package io.reptempo.reps;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the rep candidates of a set into reps: drops what is not a rep (unracking, walking out,
 * warm-up partials), times each phase, and raises flags against the prescription and the set.
 * Pure function of its inputs, so live and offline give the same answer for the same candidates.
 */
public final class SetAnalyzer {
    /** Smallest range a rep can have when nothing else in the set says otherwise. */
    public static final double MIN_REP_ROM_M = 0.08;
    public static final double MIN_REP_ROM_DEG = 15.0;
    private final AnalysisSettings settings;
    private final Measurement measurement;

    /** For a set measured the usual way for its mount (a bar from its rests). */
    public SetAnalyzer(AnalysisSettings settings) {
        this(settings, Measurement.usual(settings.mount()));
    }

    public SetAnalyzer(AnalysisSettings settings, Measurement measurement) {
        this.settings = settings;
        this.measurement = measurement;
    }

    public SetResult analyze(List<RepCandidate> candidates) {
        List<RepCandidate> real = realReps(candidates);
        double bestRom = bestRom(real.stream().mapToDouble(this::rom).toArray(), outlierFactor());
        List<Rep> draft = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            RepCandidate next = i + 1 < real.size() ? real.get(i + 1) : null;
            draft.add(time(i + 1, real.get(i), next));
        }
        double bestVelocity = draft.stream().filter(r -> r.meanConcentricVelocity() != null)
                .mapToDouble(Rep::meanConcentricVelocity).max().orElse(Double.NaN);
        List<Rep> reps = new ArrayList<>();
        List<Shortening> shortenings = new ArrayList<>();
        for (Rep r : draft) {
            Rep flagged = flag(r, bestRom, bestVelocity);
            reps.add(flagged);
            shortenings.addAll(flagged.shortenings());
        }
        return new SetResult(settings, reps, shortenings, summarize(reps, bestRom, bestVelocity, shortenings));
    }

    /** Keeps candidates whose range is a real share of the set's best rep. */
    List<RepCandidate> realReps(List<RepCandidate> candidates) {
        double floor = settings.mount() == Mount.BAR ? MIN_REP_ROM_M : MIN_REP_ROM_DEG;
        double best = bestRom(candidates.stream().mapToDouble(this::rom).filter(r -> r >= floor).toArray(),
                outlierFactor());
        double cut = Math.max(floor, AnalysisSettings.GHOST_ROM_FRACTION * best);
        List<RepCandidate> real = new ArrayList<>(candidates.stream().filter(c -> rom(c) >= cut).toList());
        if (!real.isEmpty() && isUnfinished(real.get(real.size() - 1))) {
            real.remove(real.size() - 1);
        }
        return real;
    }

    /**
     * In a normal set a rep needs its concentric: a last lowering never pressed back up is a
     * failed rep or the bar going back to the rack. (A last pull or press whose lowering the end
     * of the set cut off is judged like any rep, by its range.) In an eccentric-only set the
     * lowering is the rep.
     */
    private boolean isUnfinished(RepCandidate last) {
        return settings.mode() == TrainingMode.NORMAL && settings.exercise().eccentricFirst()
                && !last.hasSecondStroke();
    }

    private double outlierFactor() {
        return measurement.outlierRomFactor();
    }

    /**
     * The set's best range: the largest one not far above the median, so that one stretch that
     * went wrong (a measuring slip) does not set the standard for every other rep.
     */
    static double bestRom(double[] ranges, double outlierFactor) {
        double[] roms = ranges.clone();
        java.util.Arrays.sort(roms);
        if (roms.length == 0) {
            return 0;
        }
        double median = roms[roms.length / 2];
        double best = 0;
        for (double r : roms) {
            if (r <= outlierFactor * median) {
                best = Math.max(best, r);
            }
        }
        return best;
    }

    private Rep time(int index, RepCandidate c, RepCandidate next) {
        boolean eccentricFirst = settings.exercise().eccentricFirst();
        double firstDuration = c.firstEndS() - c.startS();
        Double between = c.hasSecondStroke() ? c.secondStartS() - c.firstEndS() : null;
        Double secondDuration = c.hasSecondStroke() ? c.secondEndS() - c.secondStartS() : null;
        Double after = next != null ? next.startS() - c.endS() : null;

        List<Phase> phases = new ArrayList<>();
        PhaseKind firstKind = eccentricFirst ? PhaseKind.ECCENTRIC : PhaseKind.CONCENTRIC;
        PhaseKind secondKind = eccentricFirst ? PhaseKind.CONCENTRIC : PhaseKind.ECCENTRIC;
        phases.add(new Phase(firstKind, c.startS(), c.firstEndS()));
        if (c.hasSecondStroke()) {
            phases.add(new Phase(pauseAfter(firstKind), c.firstEndS(), c.secondStartS()));
            phases.add(new Phase(secondKind, c.secondStartS(), c.secondEndS()));
        }
        if (next != null) {
            phases.add(new Phase(pauseAfter(c.hasSecondStroke() ? secondKind : firstKind), c.endS(), next.startS()));
        }

        List<Movement> concentricStroke = eccentricFirst ? c.secondStroke() : c.firstStroke();
        Double concentricS = eccentricFirst ? secondDuration : Double.valueOf(firstDuration);
        Double eccentricS = eccentricFirst ? Double.valueOf(firstDuration) : secondDuration;
        Double pauseAfterEcc = eccentricFirst ? between : after;
        Double pauseAfterCon = eccentricFirst ? after : between;

        boolean eccentricOnly = settings.mode() == TrainingMode.ECCENTRIC_ONLY;
        boolean isReturn = eccentricOnly && settings.assistedReturn();
        Double meanVelocity = null;
        Double peakVelocity = null;
        if (!concentricStroke.isEmpty() && !isReturn) {
            double distance = eccentricFirst ? c.secondStrokeDistance() : c.firstStrokeDistance();
            meanVelocity = distance / concentricS;
            peakVelocity = concentricStroke.stream().mapToDouble(Movement::peakSpeed).max().orElse(0);
        }

        List<Shortening> shortenings = new ArrayList<>();
        Direction concentricDir = settings.exercise().concentric();
        List<Movement> insideLowering = eccentricFirst ? c.reversalsInFirst() : c.reversalsInSecond();
        for (Movement m : insideLowering) {
            if (m.direction() == concentricDir) {
                shortenings.add(new Shortening(index, m.startS(), m.endS(), m.distance(), true));
            }
        }
        if (eccentricOnly && !settings.assistedReturn() && !concentricStroke.isEmpty()) {
            for (Movement m : concentricStroke) {
                shortenings.add(new Shortening(index, m.startS(), m.endS(), m.distance(), false));
            }
        }
        shortenings.sort((a, b) -> Double.compare(a.startS(), b.startS()));
        return new Rep(index, c.startS(), c.endS(), eccentricS, pauseAfterEcc, concentricS, pauseAfterCon,
                isReturn, rom(c), meanVelocity, peakVelocity, null, phases, shortenings, List.of());
    }

    private double rom(RepCandidate c) {
        return measurement.rangeOf(c);
    }

    private static PhaseKind pauseAfter(PhaseKind k) {
        return k == PhaseKind.ECCENTRIC ? PhaseKind.PAUSE_AFTER_ECCENTRIC : PhaseKind.PAUSE_AFTER_CONCENTRIC;
    }

    private Rep flag(Rep r, double bestRom, double bestVelocity) {
        List<Flag> flags = new ArrayList<>();
        String unit = settings.mount() == Mount.BAR ? "cm" : "deg";
        double scale = settings.mount() == Mount.BAR ? 100 : 1;
        for (Shortening s : r.shortenings()) {
            String where = s.insideLowering() ? "pushed back up inside the lowering"
                    : "pushed the load back up unassisted in an eccentric-only set";
            flags.add(new Flag(FlagType.SHORTENING, r.index(), s.startS(), s.endS(), String.format(Locale.ROOT,
                    "SHORTENING in rep %d at %.1f s: %s (%.1f %s)", r.index(), s.startS(), where,
                    s.size() * scale, unit)));
        }
        TempoPrescription target = settings.target();
        if (target != null) {
            for (Phase p : r.phases()) {
                tempoFlag(r, p, target).ifPresent(flags::add);
            }
        }
        if (bestRom > 0 && r.rom() < settings.partialRomFraction() * bestRom) {
            flags.add(new Flag(FlagType.PARTIAL_RANGE, r.index(), r.startS(), r.endS(), String.format(Locale.ROOT,
                    "PARTIAL RANGE in rep %d: %.0f %s of the set's best %.0f %s (%.0f %%)", r.index(),
                    r.rom() * scale, unit, bestRom * scale, unit, 100 * r.rom() / bestRom)));
        }
        Double loss = null;
        if (r.meanConcentricVelocity() != null && bestVelocity > 0) {
            loss = 100 * (bestVelocity - r.meanConcentricVelocity()) / bestVelocity;
            if (loss >= settings.velocityLossLimitPct()) {
                flags.add(new Flag(FlagType.VELOCITY_LOSS, r.index(), r.startS(), r.endS(), String.format(Locale.ROOT,
                        "VELOCITY LOSS in rep %d: %.0f %% slower than the best rep (limit %.0f %%)", r.index(),
                        loss, settings.velocityLossLimitPct())));
            }
        }
        flags.sort((a, b) -> Double.compare(a.startS(), b.startS()));
        return new Rep(r.index(), r.startS(), r.endS(), r.eccentricS(), r.pauseAfterEccentricS(), r.concentricS(),
                r.pauseAfterConcentricS(), r.concentricIsReturn(), r.rom(), r.meanConcentricVelocity(),
                r.peakConcentricVelocity(), loss, r.phases(), r.shortenings(), flags);
    }

    private java.util.Optional<Flag> tempoFlag(Rep r, Phase p, TempoPrescription target) {
        if (p.kind() == PhaseKind.CONCENTRIC && r.concentricIsReturn()) {
            return java.util.Optional.empty(); // the spotter's pace is not the lifter's
        }
        double want = target.target(p.kind());
        double got = p.durationS();
        double tol = settings.tempoToleranceS();
        FlagType type = null;
        String bound;
        if (Double.isNaN(want)) {
            if (got > settings.explosiveMaxS()) {
                type = FlagType.tooSlow(p.kind());
            }
            bound = "as fast as possible";
        } else if (got < want - tol) {
            type = FlagType.tooFast(p.kind());
            bound = "target " + TempoPrescription.formatSeconds(want) + " s";
        } else if (got > want + tol) {
            type = FlagType.tooSlow(p.kind());
            bound = "target " + TempoPrescription.formatSeconds(want) + " s";
        } else {
            bound = "";
        }
        if (type == null) {
            return java.util.Optional.empty();
        }
        String words = type.code().replace('-', ' ').toUpperCase(Locale.ROOT);
        return java.util.Optional.of(new Flag(type, r.index(), p.startS(), p.endS(), String.format(Locale.ROOT,
                "%s in rep %d: %.1f s (%s)", words, r.index(), got, bound)));
    }

    private SetSummary summarize(List<Rep> reps, double bestRom, double bestVelocity, List<Shortening> shortenings) {
        double tut = 0;
        double[] sums = new double[4];
        int[] counts = new int[4];
        PhaseKind[] kinds = PhaseKind.values();
        Map<String, Integer> flagCounts = new LinkedHashMap<>();
        Double maxLoss = null;
        for (Rep r : reps) {
            tut += r.endS() - r.startS();
            for (int k = 0; k < 4; k++) {
                Double d = r.duration(kinds[k]);
                if (d != null) {
                    sums[k] += d;
                    counts[k]++;
                }
            }
            for (Flag f : r.flags()) {
                flagCounts.merge(f.type().code(), 1, Integer::sum);
            }
            if (r.velocityLossPct() != null) {
                maxLoss = maxLoss == null ? r.velocityLossPct() : Math.max(maxLoss, r.velocityLossPct());
            }
        }
        StringBuilder tempo = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            if (k > 0) {
                tempo.append('-');
            }
            tempo.append(counts[k] == 0 ? "?" : String.format(Locale.ROOT, "%.1f", sums[k] / counts[k]));
        }
        Double lastLoss = reps.isEmpty() ? null : reps.get(reps.size() - 1).velocityLossPct();
        return new SetSummary(reps.size(), tut, reps.isEmpty() ? "" : tempo.toString(),
                Double.isNaN(bestVelocity) ? null : bestVelocity, lastLoss, maxLoss, bestRom, flagCounts,
                shortenings.size());
    }
}
