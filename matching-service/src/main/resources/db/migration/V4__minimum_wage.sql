-- Dutch statutory minimum wage (wettelijk minimumloon) per hour for employees aged 21 and over, in EUR,
-- by the date it came into force. Since 2024 the law sets an hourly minimum. Rows are data: add the next
-- half-year's figure with a new migration when the government publishes it.
create table minimum_wage (
    valid_from  date           primary key,
    hourly_eur  numeric(6, 2)  not null
);
insert into minimum_wage (valid_from, hourly_eur) values
    ('2024-01-01', 13.27),
    ('2024-07-01', 13.68),
    ('2025-01-01', 14.06),
    ('2025-07-01', 14.40),
    ('2026-01-01', 14.71);
