package nl.wegwijs.knowledge.drafts;

import java.util.List;
import nl.wegwijs.platform.web.ConflictException;

/**
 * Where a draft is in the editorial workflow, and where it may go next. Review is optional: an open
 * draft may be published straight away (the public contract is one {@code publish} call).
 */
public enum DraftStatus {
    OPEN,
    IN_REVIEW,
    PUBLISHED,
    REJECTED;

    List<DraftStatus> allowedNext() {
        return switch (this) {
            case OPEN -> List.of(IN_REVIEW, PUBLISHED, REJECTED);
            case IN_REVIEW -> List.of(PUBLISHED, REJECTED, OPEN);
            case REJECTED -> List.of(OPEN);
            case PUBLISHED -> List.of();
        };
    }

    /** Throws a 409 naming the allowed transitions when {@code next} is not one of them. */
    void requireCanMoveTo(DraftStatus next) {
        if (!allowedNext().contains(next)) {
            throw new ConflictException("A draft that is " + this + " cannot become " + next + "; allowed: "
                    + (allowedNext().isEmpty() ? "none" : allowedNext()));
        }
    }

    boolean editable() {
        return this == OPEN || this == IN_REVIEW;
    }
}
