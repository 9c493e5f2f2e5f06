package nl.wegwijs.expertpool.experts;

import java.util.UUID;
import nl.wegwijs.expertpool.privacy.ErasedName;

/**
 * Published inside the service only, in the erasure's transaction, never written to the outbox or logged: the
 * expert was erased and {@code name} takes the name the service held for them (gone from the expert's row by now)
 * out of stored texts. Sessions and agenda points apply it to their texts, telling it which texts are the expert's
 * own (their sessions and agenda points).
 */
public record ExpertErased(UUID expertId, ErasedName name) {

    @Override
    public String toString() {
        return "ExpertErased[expertId=" + expertId + "]";
    }
}
