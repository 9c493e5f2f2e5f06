package nl.wegwijs.matching.vacancies;

/** A change was sent without If-Match (428): lost updates are refused rather than risked. */
public class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException() {
        super("Send If-Match with the ETag you read, so that you do not overwrite someone else's change");
    }
}
