create table employer (
    id             uuid primary key,
    name           varchar(200) not null,
    kvk_number     char(8)      not null unique,
    contact_email  varchar(254) not null,
    created_at     timestamptz  not null
);

-- Only the SHA-256 of a key is kept; the key itself is shown once when it is issued.
create table api_key (
    id            uuid primary key,
    employer_id   uuid         not null references employer (id),
    prefix        varchar(40)  not null,
    key_hash      char(64)     not null unique,
    issued_at     timestamptz  not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_key_employer on api_key (employer_id);
