package nl.wegwijs.matching.vacancies;

/** The If-Match version is not the current one: someone changed the vacancy since it was read (412). */
public class PreconditionFailedException extends RuntimeException {

    private final String currentEtag;

    public PreconditionFailedException(String currentEtag) {
        super("The vacancy was changed since you read it; read it again and retry with its new ETag");
        this.currentEtag = currentEtag;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
