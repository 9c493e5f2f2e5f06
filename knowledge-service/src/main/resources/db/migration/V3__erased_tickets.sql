-- Tickets whose person asked to be forgotten: an erasure must never be undone by a TicketAnswered that
-- arrives later (consumer lag, dead-letter replay). Only the ticket id and when; no personal data.
create table erased_ticket (
    ticket_id   uuid         primary key,
    erased_at   timestamptz  not null
);
