package nl.wegwijs.knowledge.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wegwijs.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

class DraftStatusTest {

    @Test
    void anOpenDraftMayBePublishedStraightAwayOrReviewedFirst() {
        assertThat(DraftStatus.OPEN.allowedNext())
                .containsExactly(DraftStatus.IN_REVIEW, DraftStatus.PUBLISHED, DraftStatus.REJECTED);
        assertThatCode(() -> DraftStatus.OPEN.requireCanMoveTo(DraftStatus.PUBLISHED))
                .doesNotThrowAnyException();
        assertThatCode(() -> DraftStatus.IN_REVIEW.requireCanMoveTo(DraftStatus.PUBLISHED))
                .doesNotThrowAnyException();
    }

    @Test
    void aRejectedOrPublishedDraftCannotBePublished() {
        assertThatThrownBy(() -> DraftStatus.REJECTED.requireCanMoveTo(DraftStatus.PUBLISHED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("allowed: [OPEN]");
        assertThatThrownBy(() -> DraftStatus.PUBLISHED.requireCanMoveTo(DraftStatus.PUBLISHED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("allowed: none");
    }
}
