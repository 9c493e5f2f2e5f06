-- The helpdesk question a candidate came with (optional): a PersonErased event for that ticket erases the candidate.
create index candidate_ticket on candidate ((document ->> 'ticketId'));

-- Erased candidates: their row, matches and suggestions are deleted; this keeps only that an id was erased,
-- when and on whose request, so that a repeated erasure answers the same and an audit can show it happened.
create table candidate_erasure (
    candidate_id  uuid primary key,
    erased_at     timestamptz  not null,
    erased_by     varchar(300) not null
);

-- An erasure removes the free-text reason of overrides that concern the candidate from the audit log.
create index ranking_audit_override_candidate on ranking_audit ((inputs ->> 'candidateId')) where kind = 'OVERRIDE';
