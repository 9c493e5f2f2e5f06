package nl.wegwijs.platform.web;

import java.util.List;

/** Answers 400 with the invalid fields listed under {@code errors}. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidRequestException(List<FieldProblem> errors) {
        super(
                errors.size() == 1
                        ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
