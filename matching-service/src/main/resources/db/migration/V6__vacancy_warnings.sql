-- What a vacancy was warned about when it was last written (pay below the adult statutory minimum wage, which
-- is allowed for workers under 21): shown with the vacancy to its employer and to coaches. Before this column
-- such pay was refused, so every existing vacancy has none.
alter table vacancy add column warnings jsonb not null default '[]';
