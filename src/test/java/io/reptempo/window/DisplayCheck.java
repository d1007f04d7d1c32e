package io.reptempo.window;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;

/**
 * Whether the window tests can run: they need a display. Without one they are skipped with the
 * reason, unless the environment variable {@code REPTEMPO_GUI_REQUIRED=1} (as .ci/run sets) makes that a
 * failure.
 */
public final class DisplayCheck {
    private static boolean told;
    private DisplayCheck() {
    }

    public static void requireDisplay() {
        if (!GraphicsEnvironment.isHeadless()) {
            return;
        }
        if ("1".equals(System.getenv("REPTEMPO_GUI_REQUIRED"))) {
            fail("no display for the live window tests, yet REPTEMPO_GUI_REQUIRED is set (run under xvfb-run)");
        }
        String reason = "no display (DISPLAY is not set): the live window tests are skipped; "
                + ".ci/run runs them under xvfb-run";
        if (!told) {
            told = true;
            System.err.println(reason); // the skip's reason on the console too, not only in the reports
        }
        assumeTrue(false, reason);
    }
}
