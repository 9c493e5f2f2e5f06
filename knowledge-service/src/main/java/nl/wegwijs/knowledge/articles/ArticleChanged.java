package nl.wegwijs.knowledge.articles;

import java.util.UUID;

/** In-process notice that an article was published, changed or retired (search re-indexes it after commit). */
public record ArticleChanged(UUID articleId) {}
