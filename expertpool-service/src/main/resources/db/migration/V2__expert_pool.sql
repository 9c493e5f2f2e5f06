-- Experts: newcomers who take part. Personal data (name, city, contact, helpdesk link) lives only here
-- and is cleared on erasure; the row stays (erased_at set) so anonymous counts keep adding up.
create table expert (
    id                  uuid primary key,
    name                varchar(200),
    city                varchar(100),
    email               varchar(200),
    phone               varchar(50),
    languages           jsonb        not null default '[]',
    themes              jsonb        not null default '[]',
    helpdesk_ticket_id  uuid,
    consent_participate boolean      not null,
    consent_quote       boolean      not null,
    consent_contact     boolean      not null,
    consent_updated_at  timestamptz  not null,
    joined_at           timestamptz  not null,
    left_at             timestamptz,
    erased_at           timestamptz
);
create index expert_helpdesk_ticket on expert (helpdesk_ticket_id) where helpdesk_ticket_id is not null;

-- Every consent given or changed, with its date and scope (the three permissions at that moment).
create table consent_change (
    id                  bigserial primary key,
    expert_id           uuid         not null references expert (id),
    changed_at          timestamptz  not null,
    changed_by          varchar(200) not null,
    participate         boolean      not null,
    quote_anonymously   boolean      not null,
    contact             boolean      not null
);
create index consent_change_expert on consent_change (expert_id, changed_at);

create table thematic_session (
    id                  uuid primary key,
    theme               varchar(100) not null,
    title               varchar(200) not null,
    starts_at           timestamptz  not null,
    language            varchar(10)  not null,
    location            varchar(500) not null,
    capacity            integer      not null,
    minutes             text,
    minutes_updated_at  timestamptz,
    held_at             timestamptz,
    created_at          timestamptz  not null
);
create index thematic_session_starts on thematic_session (starts_at);

create table invitation (
    session_id          uuid         not null references thematic_session (id),
    expert_id           uuid         not null references expert (id),
    status              varchar(20)  not null,
    invited_at          timestamptz  not null,
    replied_at          timestamptz,
    attended            boolean      not null default false,
    primary key (session_id, expert_id)
);
create index invitation_expert on invitation (expert_id);

create table agenda_point (
    id                  uuid primary key,
    session_id          uuid         not null references thematic_session (id),
    theme               varchar(100) not null,
    text                varchar(4000) not null,
    status              varchar(20)  not null,
    priority            integer,
    reference           varchar(200),
    visit_date          date,
    visitors            jsonb        not null default '[]',
    answered_on         date,
    answer_summary      varchar(4000),
    raised_at           timestamptz  not null,
    updated_at          timestamptz  not null
);
create index agenda_point_status on agenda_point (status);

create table agenda_support (
    agenda_point_id     uuid         not null references agenda_point (id),
    expert_id           uuid         not null references expert (id),
    quote               varchar(1000),
    supported_at        timestamptz  not null,
    primary key (agenda_point_id, expert_id)
);

create table agenda_history (
    id                  bigserial primary key,
    agenda_point_id     uuid         not null references agenda_point (id),
    from_status         varchar(20),
    to_status           varchar(20)  not null,
    changed_at          timestamptz  not null,
    changed_by          varchar(200) not null,
    note                varchar(2000),
    reference           varchar(200),
    visit_date          date,
    visitor_count       integer,
    answered_on         date,
    answer_summary      varchar(4000)
);
create index agenda_history_point on agenda_history (agenda_point_id, id);

-- Signals: counts from the helpdesk's and knowledge base's analytics events, per day, event kind,
-- theme (topic code) and language. Nothing else crosses over.
create table signal_count (
    day                 date         not null,
    source              varchar(20)  not null,
    kind                varchar(60)  not null,
    theme               varchar(100) not null,
    language            varchar(10)  not null,
    count               bigint       not null,
    primary key (day, source, kind, theme, language)
);
