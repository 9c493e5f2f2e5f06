create table vacancy (
    id               uuid primary key,
    employer_id      uuid         not null references employer (id),
    status           varchar(20)  not null,
    version          integer      not null,
    document         jsonb        not null,
    idempotency_key  varchar(200),
    request_hash     char(64),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    closed_at        timestamptz,
    unique (employer_id, idempotency_key)
);
create index vacancy_employer on vacancy (employer_id, created_at);

create table candidate (
    id          uuid primary key,
    version     integer      not null,
    document    jsonb        not null,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

create table match (
    id               uuid primary key,
    vacancy_id       uuid         not null references vacancy (id),
    candidate_id     uuid         not null references candidate (id),
    status           varchar(20)  not null,
    score            numeric(5, 1),
    override_reason  varchar(1000),
    proposed_by      varchar(200) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    unique (vacancy_id, candidate_id)
);

create table match_history (
    id        bigserial primary key,
    match_id  uuid          not null references match (id),
    status    varchar(20)   not null,
    actor     varchar(200)  not null,
    reason    varchar(1000),
    at        timestamptz   not null
);
create index match_history_match on match_history (match_id, id);

-- Every ranking shown to a person, for audit (EU AI Act: high-risk system, human oversight).
create table ranking_audit (
    id               uuid primary key,
    shown_at         timestamptz  not null,
    shown_to         varchar(200) not null,
    kind             varchar(40)  not null,
    subject_id       uuid         not null,
    scoring_version  varchar(40)  not null,
    inputs           jsonb        not null,
    result           jsonb        not null
);
create index ranking_audit_subject on ranking_audit (subject_id, shown_at);

-- Suggestions refreshed by events (a new vacancy, a changed profile): what a coach sees first.
create table match_suggestion (
    vacancy_id       uuid          not null,
    candidate_id     uuid          not null,
    score            numeric(5, 1) not null,
    scoring_version  varchar(40)   not null,
    computed_at      timestamptz   not null,
    primary key (vacancy_id, candidate_id)
);
create index match_suggestion_candidate on match_suggestion (candidate_id);
