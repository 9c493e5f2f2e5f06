package nl.wegwijs.platform.web;

/** Answers 409: the request is valid but clashes with the current state (a wrong status, a duplicate). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
