package nl.wegwijs.knowledge.search;

import nl.wegwijs.knowledge.articles.ArticleChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Re-indexes an article on this instance as soon as its change commits (the event path follows for the others). */
@Component
class ArticleCommits {

    private final SearchIndexMaintainer maintainer;

    ArticleCommits(SearchIndexMaintainer maintainer) {
        this.maintainer = maintainer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void committed(ArticleChanged changed) {
        maintainer.reindex(changed.articleId());
    }
}
