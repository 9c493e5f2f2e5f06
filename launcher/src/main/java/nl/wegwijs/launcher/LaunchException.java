package nl.wegwijs.launcher;

/** A problem the person running Wegwijs can fix; shown as one line, never as a stack trace. */
public class LaunchException extends RuntimeException {
    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
