-- Free text is stored redacted (nl.wegwijs.expertpool.privacy.FreeText): a marker can be longer than what it
-- replaces ("a@b.nl" becomes "[e-mail]", a short name "[name]"), so a text within the request's limit (checked
-- in characters by @MaxCodePoints) may come out longer. The limits stay in the requests; the columns take text.
alter table thematic_session alter column title type text;
alter table thematic_session alter column location type text;
alter table agenda_point alter column text type text;
alter table agenda_point alter column reference type text;
alter table agenda_point alter column answer_summary type text;
alter table agenda_support alter column quote type text;
alter table agenda_history alter column note type text;
alter table agenda_history alter column reference type text;
alter table agenda_history alter column answer_summary type text;
