package io.reptempo.cli;

import io.reptempo.live.PortLister;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reptempo ports}: the serial ports of this computer, sensor-like ones marked. */
@Command(name = "ports", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the serial ports, with their USB vendor and product ids. Ports that look like a sensor "
            + "(a USB-serial bridge or a microcontroller board: Arduino, CP210x, CH340, FTDI, RP2040, Espressif) are "
            + "marked with *."},
        footer = {"", "Example:", "  reptempo ports"})
public final class PortsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserError {
        List<PortLister.Port> ports;
        try {
            ports = PortLister.list();
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        render(ports, out);
        out.flush();
        return 0;
    }

    /** The table, or a message saying what to check when there are no ports. */
    public static void render(List<PortLister.Port> ports, PrintWriter out) {
        if (ports.isEmpty()) {
            out.println("No serial ports found. Plug the sensor in with a USB data cable (some cables only charge),");
            out.println("then run reptempo ports again. On Linux the sensor usually appears as /dev/ttyACM0 or");
            out.println("/dev/ttyUSB0; on macOS as /dev/cu.usbmodem...; on Windows as COM3 or similar.");
            return;
        }
        int width = "PORT".length();
        for (PortLister.Port p : ports) {
            width = Math.max(width, p.path().length());
        }
        String format = "%s %-" + width + "s  %-9s  %s%n";
        out.printf(Locale.ROOT, format, " ", "PORT", "USB ID", "DESCRIPTION");
        boolean anySensor = false;
        for (PortLister.Port p : ports) {
            String description = p.description();
            if (p.likelySensor()) {
                anySensor = true;
                description = p.bridge() + (description.isBlank() ? "" : " (" + description + ")");
            }
            out.printf(Locale.ROOT, format, p.likelySensor() ? "*" : " ", p.path(), p.usbIds(), description);
        }
        out.println();
        if (anySensor) {
            out.println("* looks like a sensor (USB-serial bridge or microcontroller board).");
        } else {
            out.println("None of these looks like a USB sensor. Plug it in (with a data cable) and run");
            out.println("reptempo ports again: the new port is the sensor.");
        }
    }
}
