-- Idempotency-Key on POST /api/public/questions and POST /api/helpdesk/tickets: a repeat of a request (a double
-- click, a retry after a lost answer) within the retention (wegwijs.helpdesk.idempotency.retention, 24 hours) answers
-- the ticket the first one opened instead of opening another. One row per endpoint, caller (the token's user name:
-- every anonymous caller is "public") and key; the primary key makes concurrent repeats wait for the first.
-- request_hash is a keyed hash (HMAC with the pseudonym key) of the request's meaning, never its text: the question
-- and the contact data are personal data. Rows go when the retention is over (IdempotentRequests) and when the
-- ticket's person is erased. The ticket is written after its key in the same transaction: the reference is checked
-- at commit.
create table idempotent_request (
    endpoint         varchar(40)  not null,
    caller           text         not null,
    idempotency_key  varchar(200) not null,
    request_hash     varchar(64)  not null,
    ticket_id        uuid         not null references ticket (id) on delete cascade deferrable initially deferred,
    created_at       timestamptz  not null,
    primary key (endpoint, caller, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
create index idempotent_request_ticket on idempotent_request (ticket_id);
