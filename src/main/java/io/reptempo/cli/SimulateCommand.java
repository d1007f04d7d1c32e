package io.reptempo.cli;

import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SetTruth;
import io.reptempo.sim.SimulationOptions;
import io.reptempo.sim.SimulationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reptempo simulate}: a realistic simulated recording and its exact ground truth, written to disk. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a set: writes a recording (CSV) and, beside it, its ground truth (X.truth.json) "
            + "with the exact phase boundaries.",
            "The same scenario, seed and options always give the same files."},
        footer = {"", "Examples:",
            "  reptempo simulate --list",
            "  reptempo simulate --scenario bench-tempo --seed 7 --out /tmp/bench.csv",
            "  reptempo simulate --scenario mixed-random --minutes 60 --rate 1000 --gyro \\",
            "      --out /tmp/hour.csv"})
public final class SimulateCommand implements Callable<Integer> {

    /** Rates outside this range are not IMU output rates; a typo like --rate 10000000 would fill the disk. */
    private static final double MIN_RATE_HZ = 10;
    private static final double MAX_RATE_HZ = 10_000;
    /** A day of samples is far beyond any real set; the bound keeps a typo from filling the disk. */
    private static final double MAX_MINUTES = 24 * 60;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = {"What kind of set to simulate (see --list).", "Example: --scenario deadlift"})
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = {"Draws the lifter, the reps, the sensor and its noise. Default: ${DEFAULT-VALUE}.",
                "Example: --seed 7"})
    long seed;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = {"Where to write the recording; the truth goes beside it as FILE.truth.json.",
                "Example: --out /tmp/bench.csv"})
    Path out;

    @Option(names = "--rate", paramLabel = "HZ",
            description = {"Sensor output rate. Default: drawn from the seed (100-400 Hz).", "Example: --rate 1000"})
    Double rateHz;

    @Option(names = "--minutes", paramLabel = "M",
            description = {"Append whole sets of the scenario (same lifter, same sensor) until the recording lasts "
                + "this long. Default: one set.", "Example: --minutes 60"})
    Double minutes;

    @Option(names = "--gyro", negatable = true,
            description = {"Write gyroscope columns (--gyro) or not (--no-gyro). Default: as the scenario or seed "
                + "decides.", "Example: --no-gyro"})
    Boolean gyro;

    @Option(names = "--noise", paramLabel = "UG",
            description = {"Accelerometer white-noise density in ug/sqrt(Hz). Default: drawn from the seed "
                + "(150-400).", "Example: --noise 120"})
    Double noise;

    @Option(names = "--list", description = {"List the scenarios and exit.", "Example: --list"})
    boolean list;

    @Override
    public Integer call() throws UserError {
        PrintWriter stdout = spec.commandLine().getOut();
        if (list) {
            for (Scenario s : Scenario.values()) {
                stdout.printf(Locale.ROOT, "%-27s %s%n", s.id(), describe(s));
            }
            stdout.flush();
            return 0;
        }
        if (scenario == null) {
            throw new UserError("say which set to simulate, e.g. --scenario bench-tempo (scenarios: " + names() + ")");
        }
        Scenario chosen = parseScenario(scenario);
        if (out == null) {
            throw new UserError("say where to write the recording, e.g. --out /tmp/set.csv");
        }
        SimulationOptions options = options();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("the folder " + parent + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new UserError(out + " is a folder; give a file name like " + out.resolve("set.csv"));
        }
        Path truthFile = SetTruth.pathBeside(out);
        // Planning is cheap (no samples) and deterministic, so it tells the duration of what writeRecording streams.
        SimulationRun plan = SetSimulator.prepare(chosen, seed, options);
        SetTruth truth;
        try {
            truth = SetSimulator.writeRecording(chosen, seed, options, out);
        } catch (IOException e) {
            throw new UserError("could not write " + out + ": " + e.getMessage());
        }
        String what = truth.variant() == null ? chosen.id() : chosen.id() + " (" + truth.variant() + ")";
        stdout.printf(Locale.ROOT, "%s, seed %d: %d reps, %.1f s at %s Hz, %s -> %s, %s%n", what, seed,
                truth.reps().size(), plan.durationS(), hertz(truth.rateHz()), truth.hasGyro() ? "with gyroscope" : "no gyroscope",
                out, truthFile);
        stdout.flush();
        return 0;
    }

    private SimulationOptions options() throws UserError {
        SimulationOptions options = SimulationOptions.defaults();
        if (rateHz != null) {
            if (!(rateHz >= MIN_RATE_HZ && rateHz <= MAX_RATE_HZ)) {
                throw new UserError("--rate must be between " + hertz(MIN_RATE_HZ) + " and " + hertz(MAX_RATE_HZ)
                        + " Hz");
            }
            options = options.withRateHz(rateHz);
        }
        if (minutes != null) {
            if (!(minutes >= 0 && minutes <= MAX_MINUTES)) {
                throw new UserError("--minutes must be between 0 and " + (int) MAX_MINUTES);
            }
            options = options.withMinDurationS(minutes * 60);
        }
        if (noise != null) {
            if (!(noise >= 0 && noise <= 100_000)) {
                throw new UserError("--noise is a noise density in ug/sqrt(Hz), e.g. 150; 0 means no white noise");
            }
            options = options.withNoiseDensityUgPerRootHz(noise);
        }
        return options.withGyro(gyro);
    }

    private static Scenario parseScenario(String name) throws UserError {
        try {
            return Scenario.fromId(name.trim());
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown scenario '" + name + "'; choose one of: " + names());
        }
    }

    private static String names() {
        return Arrays.stream(Scenario.values()).map(Scenario::id).collect(Collectors.joining(", "));
    }

    private static String hertz(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** One line per scenario for --list; a switch so a new scenario without a description does not compile. */
    static String describe(Scenario s) {
        return switch (s) {
            case BENCH_TEMPO -> "bench press around a 3-1-1-0 tempo, with unrack and re-rack";
            case SQUAT_TOUCH_AND_GO -> "squat with walkout, no pause at the bottom, walk-in and re-rack";
            case BENCH_PAUSED -> "bench press with 1.5-3 s pauses on the chest";
            case ECCENTRIC_ONLY_ASSISTED -> "eccentric-only bench: slow lowering, a spotter returns the bar";
            case ECCENTRIC_ONLY_UNASSISTED -> "eccentric-only bench, the lifter returns the bar; some lowerings "
                    + "contain a push back up";
            case SHORTENING_IN_LOWERING -> "bench or squat set where 1-3 lowerings contain a push back up";
            case DEADLIFT -> "deadlift from the floor, concentric first, rest on the floor between reps";
            case REVERSE_HYPER_GYRO -> "reverse hyperextension, ankle strap with gyroscope, concentric first";
            case REVERSE_HYPER_ACCEL -> "reverse hyperextension, ankle strap, accelerometer only";
            case CURL_GYRO -> "biceps curl, forearm strap with gyroscope";
            case CURL_ACCEL -> "biceps curl, forearm strap, accelerometer only";
            case WARMUP_AND_PARTIALS -> "squat or bench starting with a partial warm-up, with 1-2 partial reps";
            case MIXED_RANDOM -> "any of the others, picked by the seed";
        };
    }
}
