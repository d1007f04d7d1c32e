package io.reptempo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code reptempo} command: lists the subcommands. */
@Command(name = "reptempo", mixinStandardHelpOptions = true, version = "reptempo 0.1",
        description = {
            "Tempo coach for strength training and rehab from a wearable accelerometer.",
            "Splits a set into reps and phases (eccentric, pause, concentric, pause), checks the "
                + "tempo and flags unwanted shortening phases.",
            ""},
        subcommands = {AnalyzeCommand.class, ConvertCommand.class, EvaluateCommand.class, LiveCommand.class, SimulateCommand.class,
            BenchmarkCommand.class, PortsCommand.class, EmulateCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  reptempo analyze samples/bench-tempo.csv --exercise bench-press --target-tempo 3-1-1-0"})
public final class ReptempoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: user errors become one-line messages and exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReptempoCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof UserError) {
                err.println("reptempo: " + ex.getMessage());
                err.flush();
                return 2;
            }
            err.println("reptempo: internal error: " + ex);
            err.println("This is a bug in reptempo, not your mistake. Please report it with the command you ran.");
            if (System.getenv("REPTEMPO_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cl;
    }
}
