package nl.wegwijs.platform.web;

/** One invalid field in a problem detail's {@code errors} list. */
public record FieldProblem(String field, String message) {}
