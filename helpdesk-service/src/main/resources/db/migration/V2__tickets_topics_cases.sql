-- Topics newcomers ask about; codes are stable (they travel in events), names are editable.
create table topic (
    code        varchar(80)  primary key,
    name_nl     varchar(200) not null,
    name_en     varchar(200) not null,
    name_uk     varchar(200) not null,
    name_ru     varchar(200) not null,
    keywords    text         not null default '',
    active      boolean      not null default true,
    updated_at  timestamptz  not null default now()
);

-- Households followed closely (about 20 in the programme). The label is an internal reference, never emitted.
create table household_case (
    id              uuid         primary key,
    label           varchar(200) not null,
    household_size  integer,
    started_on      date         not null,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null
);

create table case_milestone (
    case_id      uuid        not null references household_case (id) on delete cascade,
    milestone    varchar(40) not null,
    reached_on   date        not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null,
    primary key (case_id, milestone)
);

-- A question and its handling. The question and answer text are personal data: erasure nulls them.
create table ticket (
    id                      uuid         primary key,
    tracking_code           varchar(20)  not null unique,
    question                text,
    language                varchar(8)   not null,
    detected_language       varchar(8),
    transliterated          boolean      not null default false,
    channel                 varchar(20)  not null,
    status                  varchar(20)  not null,
    topic                   varchar(80)  references topic (code),
    assignee                varchar(100),
    answer                  text,
    answer_language         varchar(8),
    answered_by             varchar(100),
    pending_answer          text,
    pending_answer_language varchar(8),
    pending_answer_topic    varchar(80),
    pending_answer_by       varchar(100),
    pending_answer_at       timestamptz,
    created_by              varchar(100) not null,
    created_at              timestamptz  not null,
    first_answered_at       timestamptz,
    answered_at             timestamptz,
    closed_at               timestamptz,
    updated_at              timestamptz  not null,
    erased_at               timestamptz,
    case_id                 uuid         references household_case (id)
);
create index ticket_inbox on ticket (status, created_at desc);
create index ticket_language on ticket (language);
create index ticket_topic on ticket (topic);
create index ticket_assignee on ticket (assignee);
create index ticket_case on ticket (case_id);

-- Contact data lives apart from the question, so only the roles that need it ever read it.
create table ticket_contact (
    ticket_id  uuid         primary key references ticket (id) on delete cascade,
    name       varchar(200),
    email      varchar(320),
    phone      varchar(50)
);

create table ticket_note (
    id          uuid         primary key,
    ticket_id   uuid         not null references ticket (id) on delete cascade,
    author      varchar(100) not null,
    text        text         not null,
    created_at  timestamptz  not null
);
create index ticket_note_ticket on ticket_note (ticket_id, created_at);

-- Who did what when; details never hold personal data (ids, statuses, languages, topic codes, user names of staff).
create table ticket_history (
    id          bigserial    primary key,
    ticket_id   uuid         not null references ticket (id) on delete cascade,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(40)  not null,
    detail      varchar(500)
);
create index ticket_history_ticket on ticket_history (ticket_id, id);
