package nl.wegwijs.platform.events;

/**
 * A message that can never be handled, however often it is retried: it goes to the dead-letter
 * topic at once (configured as not retryable).
 */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message) {
        super(message);
    }
}
