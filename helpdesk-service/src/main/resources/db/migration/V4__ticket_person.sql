-- A person is everyone who wrote from the same e-mail address or phone number (normalised): tickets
-- carry a person id (analytics pseudonym, erasure unit) and keyed hashes (HMAC with the pseudonym key)
-- of the normalised e-mail and phone, so the contact data is not stored a second time in clear.
-- Existing tickets start as persons of their own; PersonBackfill (at start-up) computes the hashes of
-- their contact data, which needs the key, and groups them.
alter table ticket add column person_id uuid;
alter table ticket add column email_key varchar(40);
alter table ticket add column phone_key varchar(40);
update ticket set person_id = id;
alter table ticket alter column person_id set not null;
create index ticket_person on ticket (person_id);
create index ticket_email_key on ticket (email_key) where email_key is not null and erased_at is null;
create index ticket_phone_key on ticket (phone_key) where phone_key is not null and erased_at is null;
