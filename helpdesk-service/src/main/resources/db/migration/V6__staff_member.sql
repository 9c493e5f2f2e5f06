-- Staff who called the helpdesk with a role that works tickets (AGENT, ADMIN, SUPERLOCAL): the helpdesk's own staff
-- directory next to the configured wegwijs.staff.languages, so a colleague signed in through the organisation's
-- OpenID Connect provider can be assigned without anyone editing configuration. User names are staff identifiers,
-- not newcomers' data. One row per user name in any case (the spelling first seen is kept); roles as last seen,
-- comma-separated; last_seen is written at most about once an hour per user (StaffDirectory).
create table staff_member (
    username    varchar(100) not null,
    roles       text         not null,
    first_seen  timestamptz  not null,
    last_seen   timestamptz  not null
);
create unique index staff_member_username on staff_member (lower(username));
