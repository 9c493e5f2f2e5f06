package nl.wegwijs.expertpool.experts;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the service only, in the erasure's transaction, never written to the outbox or logged: the
 * expert was erased and {@code names} are the names the service held for them (gone from the expert's row by
 * now). Sessions and agenda points take these names out of their stored texts.
 */
public record ExpertErased(UUID expertId, List<String> names) {

    @Override
    public String toString() {
        return "ExpertErased[expertId=" + expertId + "]";
    }
}
