-- expertpool-service owns this database; platform tables (outbox, processed events) come from db/platform.
select 1;
