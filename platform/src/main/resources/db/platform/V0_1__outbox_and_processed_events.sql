-- Transactional outbox: a state change and the events it causes commit together (ADR 0001).
create table outbox_event (
    seq           bigserial primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    event_type    varchar(200) not null,
    aggregate_id  varchar(200) not null,
    payload       text         not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(1000)
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent consumption: an event id is recorded in the same transaction as its effect.
create table processed_event (
    consumer      varchar(200) not null,
    event_id      varchar(200) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
