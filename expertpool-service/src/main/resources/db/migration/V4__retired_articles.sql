-- Signals: a question the knowledge base answered from a published article (knowledge.draft.v1 QuestionGrouped
-- with an articleId) counts as answered "with article" only while that article is published. Which article it
-- was is kept with the question; knowledge.article.v1 ArticleRetired names the articles taken out of the
-- knowledge base (knowledge-service gives a published article no way back: publishing again makes a new
-- article). Only ids, never text.
alter table helpdesk_question add column article_id uuid;

create table retired_article (
    article_id  uuid primary key,
    retired_at  timestamptz
);

-- Questions taken in before this migration have no article id: they keep counting as the knowledge base
-- decided then (helpdesk_question.article_found).
