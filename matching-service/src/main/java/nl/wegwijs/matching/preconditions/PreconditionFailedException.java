package nl.wegwijs.matching.preconditions;

/**
 * A conditional request may not go on (412): the version its If-Match names is not the current one, or it names
 * none that can be. {@code currentEtag} goes in the answer's ETag header when known.
 */
public class PreconditionFailedException extends RuntimeException {

    private final String currentEtag;

    PreconditionFailedException(String message, String currentEtag) {
        super(message);
        this.currentEtag = currentEtag;
    }

    /**
     * Someone changed the {@code what} ("vacancy", "candidate") between the read and this write: found as the write
     * went to store a version another write had just replaced, when the current ETag is not known here.
     */
    public static PreconditionFailedException changedMeanwhile(String what) {
        return new PreconditionFailedException(changedSinceRead(what), null);
    }

    static String changedSinceRead(String what) {
        return "The " + what + " was changed since you read it; read it again and retry with its new ETag";
    }

    public String currentEtag() {
        return currentEtag;
    }
}
