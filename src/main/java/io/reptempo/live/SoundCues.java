package io.reptempo.live;

import java.io.PrintWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Sounds cues on its own thread: a short tone on the default audio device when there is one, else the terminal
 * bell (BEL), else nothing. Never throws: a machine without sound just stays silent. {@link #play} only queues,
 * so the serial reader thread never waits for a sound; cues beyond a small backlog are dropped.
 */
public final class SoundCues implements CueOutput, AutoCloseable {
    static final float SAMPLE_RATE = 22050f;
    /** Queued cues beyond this are dropped: a burst of flags needs no more than a few beeps. */
    static final int BACKLOG = 8;
    private static final char BEL = 7;

    private final SourceDataLine line;
    private final PrintWriter bell;
    private final BlockingQueue<Cue> queue = new ArrayBlockingQueue<>(BACKLOG);
    private final Thread thread;
    private volatile boolean running = true;

    /** @param line the audio line for tones, or null; @param bell the terminal for a bell, or null */
    SoundCues(SourceDataLine line, PrintWriter bell) {
        this.line = line;
        this.bell = bell;
        this.thread = new Thread(this::run, "reptempo-cues");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens the default audio device, or falls back to the bell.
     *
     * @param terminal where a bell can be rung (the terminal's writer), or null when output is not a terminal
     */
    public static SoundCues open(PrintWriter terminal) {
        return new SoundCues(openLine(), terminal);
    }

    /** How the cues sound: "a tone", "the terminal bell" or "silent (no audio device, no terminal)". */
    public String describe() {
        return line != null ? "a tone" : bell != null ? "the terminal bell" : "silent (no audio device, no terminal)";
    }

    @Override
    public void play(Cue cue) {
        if (running) {
            queue.offer(cue);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (line != null) {
            try {
                line.close();
            } catch (RuntimeException e) {
                // The device is going away with us.
            }
        }
    }

    private void run() {
        while (running) {
            Cue cue;
            try {
                cue = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            try {
                sound(cue);
            } catch (RuntimeException e) {
                // A device that fails now and then must not stop the cues (or the set).
            }
        }
    }

    private void sound(Cue cue) {
        if (line != null) {
            byte[] pcm = tone(cue);
            line.write(pcm, 0, pcm.length);
        } else if (bell != null) {
            bell.print(BEL);
            bell.flush();
        }
    }

    /** Tick: a 25 ms click at 1.6 kHz; flag: 180 ms at 660 Hz; advice: three 150 ms beeps at 880 Hz. */
    static byte[] tone(Cue cue) {
        return switch (cue) {
            case TICK -> beeps(1600, 0.025, 1, 0);
            case FLAG -> beeps(660, 0.18, 1, 0);
            case ADVICE -> beeps(880, 0.15, 3, 0.08);
        };
    }

    /** Signed 16-bit little-endian mono sine beeps with 5 ms fades (no clicks), separated by silence. */
    static byte[] beeps(double hz, double seconds, int count, double gapSeconds) {
        int n = (int) (seconds * SAMPLE_RATE);
        int gap = (int) (gapSeconds * SAMPLE_RATE);
        int fade = (int) (0.005 * SAMPLE_RATE);
        byte[] pcm = new byte[2 * (count * n + (count - 1) * gap)];
        int at = 0;
        for (int b = 0; b < count; b++) {
            for (int i = 0; i < n; i++) {
                double envelope = Math.min(1, Math.min(i, n - 1 - i) / (double) fade);
                int v = (int) (0.4 * 32767 * envelope * Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE));
                pcm[at++] = (byte) v;
                pcm[at++] = (byte) (v >> 8);
            }
            at += b < count - 1 ? 2 * gap : 0;
        }
        return pcm;
    }

    /** The default output line, or null when this machine has no usable audio device. */
    private static SourceDataLine openLine() {
        try {
            AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
            SourceDataLine l = AudioSystem.getSourceDataLine(format);
            // A small buffer keeps a tick close to its moment.
            l.open(format, 2048);
            l.start();
            return l;
        } catch (Exception | LinkageError e) {
            // No mixer, no device, device busy, or no native sound library: fall back to the bell.
            return null;
        }
    }
}
