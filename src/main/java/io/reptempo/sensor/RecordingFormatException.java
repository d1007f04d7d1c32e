package io.reptempo.sensor;

/** The recording cannot be read as a whole; the message tells the user what is wrong and how to fix it. */
public class RecordingFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public RecordingFormatException(String message) {
        super(message);
    }
}
