-- Signals: the questions the helpdesk was asked, one row per ticket, from helpdesk.ticket.v1 (TicketOpened,
-- TicketAnswered, TicketClosed, TicketReopened) and knowledge.draft.v1 (DraftCreated, QuestionGrouped).
-- A question counts under the theme its ticket has by now: the helpdesk usually sets the topic only when
-- staff answer or classify it, so a later event of the same ticket that carries a topic updates the row.
-- Only the ticket id (to recognise later events), the day and language it was asked in, its theme, when it
-- was first answered and whether the knowledge base had a published article for it; never text or people.
create table helpdesk_question (
    ticket_id     uuid primary key,
    -- null while only a knowledge event of this ticket has arrived
    asked_on      date,
    language      varchar(10),
    -- a helpdesk topic code; null while the helpdesk has not classified the question
    theme         varchar(100),
    answered_on   date,
    -- null: the knowledge base has not taken the answered question in (yet); true: it joined the group of a
    -- published article; false: it started or joined a draft (no published article answered it)
    article_found boolean
);
create index helpdesk_question_asked on helpdesk_question (asked_on);

-- Questions used to be counted from analytics.helpdesk.v1 TicketOpened, whose topic is null on arrival;
-- helpdesk_question replaces those counts (rebuilt from helpdesk.ticket.v1, which this service now reads from
-- the beginning).
delete from signal_count where source = 'helpdesk';
