-- Drafts are groups of answered questions that ask the same thing; publishing one makes an article.
create table draft (
    id               uuid primary key,
    status           varchar(20)  not null,
    language         varchar(8)   not null,
    topic            varchar(100),
    article_id       uuid,
    merged_into      uuid,
    question_count   integer      not null default 0,
    first_asked_at   timestamptz  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index draft_status on draft (status, question_count desc);

create table draft_translation (
    draft_id   uuid         not null references draft (id),
    language   varchar(8)   not null,
    title      varchar(300) not null,
    body       text         not null,
    outdated   boolean      not null default false,
    primary key (draft_id, language)
);

-- One answered question, an "asked as" variant of its draft. Text is redacted; erasure nulls it.
create table draft_question (
    ticket_id        uuid primary key,
    draft_id         uuid         not null references draft (id),
    language         varchar(8)   not null,
    text             text,
    answer           text,
    answer_language  varchar(8),
    topic            varchar(100),
    asked_at         timestamptz,
    answered_at      timestamptz,
    features         text,
    score            double precision,
    reasons          text,
    erased           boolean      not null default false,
    grouped_at       timestamptz  not null
);
create index draft_question_draft on draft_question (draft_id);

create table article (
    id               uuid primary key,
    draft_id         uuid         not null references draft (id),
    status           varchar(20)  not null,
    language         varchar(8)   not null,
    topic            varchar(100),
    version          integer      not null,
    review_by        date         not null,
    published_at     timestamptz  not null,
    updated_at       timestamptz  not null,
    retired_at       timestamptz
);

create table article_translation (
    article_id  uuid         not null references article (id),
    language    varchar(8)   not null,
    title       varchar(300) not null,
    body        text         not null,
    outdated    boolean      not null default false,
    updated_at  timestamptz  not null,
    primary key (article_id, language)
);

-- Every published version of every translation, with who changed it and when.
create table article_version (
    article_id  uuid         not null references article (id),
    version     integer      not null,
    language    varchar(8)   not null,
    title       varchar(300) not null,
    body        text         not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    primary key (article_id, version, language)
);

-- The multilingual concept lexicon: terms in any language (and transliterations) -> shared concepts.
create table concept (
    id          varchar(100) primary key,
    label       varchar(200) not null,
    weight      double precision not null default 1.0,
    family      varchar(100),
    updated_at  timestamptz  not null
);

create table concept_term (
    concept_id  varchar(100) not null references concept (id) on delete cascade,
    language    varchar(8)   not null,
    term        varchar(200) not null,
    primary key (concept_id, language, term)
);
