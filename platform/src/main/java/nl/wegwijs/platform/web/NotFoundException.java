package nl.wegwijs.platform.web;

/** Answers 404 with a problem detail naming what was not found. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
