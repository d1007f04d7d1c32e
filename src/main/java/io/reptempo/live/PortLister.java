package io.reptempo.live;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The serial ports of this computer, with a guess at which ones are a sensor. */
public final class PortLister {

    /**
     * One serial port.
     *
     * @param path        what to pass to {@code --port}, e.g. /dev/ttyACM0 or COM3
     * @param name        the system's short name, e.g. ttyACM0
     * @param description what the system or the USB device calls it
     * @param vendorId    USB vendor id, -1 when not a USB device (or unknown)
     * @param productId   USB product id, -1 when unknown
     * @param bridge      the maker of the USB-serial chip or board when it is a common one for sensors, else null
     */
    public record Port(String path, String name, String description, int vendorId, int productId, String bridge) {

        /** Whether the port looks like a sensor: a USB-serial bridge or a microcontroller board. */
        public boolean likelySensor() {
            return bridge != null;
        }

        /** The USB ids as "2341:0043", or "" when not a USB device. */
        public String usbIds() {
            if (vendorId < 0) {
                return "";
            }
            return String.format(Locale.ROOT, "%04x:%04x", vendorId & 0xFFFF, productId & 0xFFFF);
        }
    }

    private PortLister() {
    }

    /**
     * The ports the system reports, sensor-like ones first.
     *
     * @throws IllegalStateException when the serial library cannot load on this system
     */
    public static List<Port> list() {
        SerialPort[] ports;
        try {
            ports = SerialPort.getCommPorts();
        } catch (LinkageError e) {
            throw new IllegalStateException("the serial port library could not load on this system: " + e, e);
        }
        List<Port> result = new ArrayList<>();
        for (SerialPort p : ports) {
            int vid = p.getVendorID();
            result.add(new Port(nonNull(p.getSystemPortPath()), nonNull(p.getSystemPortName()),
                    nonNull(p.getPortDescription()), vid, p.getProductID(), bridge(vid)));
        }
        result.sort(Comparator.comparing((Port p) -> !p.likelySensor()).thenComparing(Port::path));
        return result;
    }

    /** The maker of a USB-serial bridge or board common in sensors, by USB vendor id; null for others. */
    public static String bridge(int vendorId) {
        return switch (vendorId) {
            case 0x2341 -> "Arduino";
            case 0x10C4 -> "Silicon Labs CP210x";
            case 0x1A86 -> "WCH CH340";
            case 0x0403 -> "FTDI";
            case 0x2E8A -> "Raspberry Pi RP2040";
            case 0x303A -> "Espressif";
            default -> null;
        };
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
