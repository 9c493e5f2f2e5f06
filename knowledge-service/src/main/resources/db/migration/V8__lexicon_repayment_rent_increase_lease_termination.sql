-- Lexicon additions for databases seeded before them (new databases get them from lexicon/seed.txt), after a third
-- outside audit of grouping: questions that share one concept with a group and ask something else about it joined it.
-- 1. repayment (new, weight 4, decisive): "Я получил письмо: нужно вернуть huurtoeslag за 2025 год" joined the article
--    "Чи можна отримати huurtoeslag (допомогу на оренду), якщо я орендую кімнату?" (0.588 on rent-allowance); paying a
--    benefit back is not getting it. ("вернуть" no longer names "вернуться": analysis reads coming back as the noun
--    "возвращение", language.ReturnVerbs; that needs no migration.)
-- 2. rent-increase and lease-termination (new, family housing-matters): "Мій орендодавець підняв оренду на 20%" joined
--    "Як розірвати договір оренди квартири?" on housing alone (0.419).
-- Terms editors added stay; the new concepts are added unless a concept with that id exists, whose terms are then
-- completed.

insert into concept (id, label, weight, family, updated_at)
select 'repayment', 'paying back a benefit or a debt, a payment plan (terugvordering, betalingsregeling)', 4, null, now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'repay'),
       ('en', 'repayment'),
       ('en', 'pay back'),
       ('en', 'owe'),
       ('en', 'overpaid'),
       ('en', 'overpayment'),
       ('en', 'payment plan'),
       ('en', 'payment arrangement'),
       ('en', 'debt'),
       ('en', 'debts'),
       ('nl', 'terugbetalen'),
       ('nl', 'terugbetaling'),
       ('nl', 'terugvorderen'),
       ('nl', 'terugvordering'),
       ('nl', 'betalingsregeling'),
       ('nl', 'schuld'),
       ('nl', 'schulden'),
       ('nl', 'schuldhulp'),
       ('uk', 'повернути'),
       ('uk', 'повертати'),
       ('uk', 'переплата'),
       ('uk', 'розстрочка'),
       ('uk', 'заборгованість'),
       ('uk', 'погасити борг'),
       ('uk', 'віддати борг'),
       ('uk', 'повернути борг'),
       ('ru', 'вернуть'),
       ('ru', 'переплата'),
       ('ru', 'рассрочка'),
       ('ru', 'долг'),
       ('ru', 'долги'),
       ('ru', 'задолженность'),
       ('ru', 'погасить долг')) as v(language, term)
where c.id = 'repayment'
on conflict do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'rent-increase', 'a rent increase, objecting to it (Huurcommissie)', 3, 'housing-matters', now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'rent increase'),
       ('en', 'rent rise'),
       ('en', 'raise the rent'),
       ('en', 'raised the rent'),
       ('en', 'raised my rent'),
       ('en', 'increase the rent'),
       ('en', 'increased the rent'),
       ('en', 'rent went up'),
       ('en', 'higher rent'),
       ('en', 'rent tribunal'),
       ('en', 'huurcommissie'),
       ('nl', 'huurverhoging'),
       ('nl', 'huurprijsverhoging'),
       ('nl', 'huur verhoogd'),
       ('nl', 'huur verhoogt'),
       ('nl', 'huur omhoog'),
       ('nl', 'hogere huur'),
       ('nl', 'huurcommissie'),
       ('uk', 'підвищення оренди'),
       ('uk', 'підвищення орендної плати'),
       ('uk', 'підняв оренду'),
       ('uk', 'підняти оренду'),
       ('uk', 'підвищив оренду'),
       ('uk', 'підвищити оренду'),
       ('uk', 'подорожчання оренди'),
       ('uk', 'збільшення оренди'),
       ('ru', 'повышение аренды'),
       ('ru', 'повышение арендной платы'),
       ('ru', 'поднял аренду'),
       ('ru', 'поднять аренду'),
       ('ru', 'повысил аренду'),
       ('ru', 'повысить аренду'),
       ('ru', 'подорожание аренды'),
       ('ru', 'увеличение аренды')) as v(language, term)
where c.id = 'rent-increase'
on conflict do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'lease-termination', 'ending a lease, notice to the landlord', 3, 'housing-matters', now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'end my lease'),
       ('en', 'end the lease'),
       ('en', 'ending my lease'),
       ('en', 'terminate my lease'),
       ('en', 'terminate the lease'),
       ('en', 'lease termination'),
       ('en', 'cancel my lease'),
       ('en', 'cancel the lease'),
       ('en', 'break my lease'),
       ('en', 'end my rental contract'),
       ('en', 'end the rental contract'),
       ('en', 'terminate my rental contract'),
       ('en', 'terminate the rental contract'),
       ('en', 'cancel my rental contract'),
       ('nl', 'huur opzeggen'),
       ('nl', 'huurcontract opzeggen'),
       ('nl', 'huurovereenkomst opzeggen'),
       ('nl', 'zeg mijn huurcontract op'),
       ('nl', 'zeg de huurovereenkomst op'),
       ('nl', 'huur beëindigen'),
       ('nl', 'huurcontract beëindigen'),
       ('nl', 'opzegging huurcontract'),
       ('uk', 'розірвати договір оренди'),
       ('uk', 'розірвання договору оренди'),
       ('uk', 'розірвати оренду'),
       ('uk', 'припинити оренду'),
       ('uk', 'припинення оренди'),
       ('ru', 'расторгнуть договор аренды'),
       ('ru', 'расторжение договора аренды'),
       ('ru', 'расторгнуть аренду'),
       ('ru', 'прекратить аренду'),
       ('ru', 'прекращение аренды')) as v(language, term)
where c.id = 'lease-termination'
on conflict do nothing;

-- the lexicon is recompiled when a concept's updated_at changes
update concept set updated_at = now() where id in ('repayment', 'rent-increase', 'lease-termination');
