-- Lexicon additions for databases seeded before them (new databases get them from lexicon/seed.txt), after an
-- outside audit of grouping: questions that share one broad concept with a group, and differ in what they ask
-- about specifically, joined it.
-- 1. cv-application (new, family work-rights): writing a CV or motivation letter is not looking for a job; the CV
--    words leave job-search ("Hoe schrijf ik een goed Nederlands cv?" joined "Як знайти роботу водієм вантажівки?").
-- 2. account-recovery (new, weight 4, decisive): "Я забув пароль від DigiD" is not "Як отримати DigiD?".
-- 3. rent-arrears and social-housing (new, family housing-matters) and pets (new, weight 4, decisive): "У мене
--    борг за оренду, мене виселять?" joined "Чи можна взяти собаку в соціальне житло?" on housing alone.
-- Terms editors added stay; the new concepts are added unless a concept with that id exists, whose terms are then
-- completed; a CV word an editor put in job-search under another spelling stays.
delete from concept_term
where concept_id = 'job-search'
  and (language, term) in (('en', 'cv'), ('en', 'resume'), ('nl', 'cv'), ('nl', 'sollicitatiebrief'),
                           ('uk', 'резюме'), ('ru', 'резюме'));

insert into concept (id, label, weight, family, updated_at)
select 'cv-application', 'writing a CV and a motivation letter', 3, 'work-rights', now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'cv'),
       ('en', 'curriculum vitae'),
       ('en', 'cover letter'),
       ('en', 'motivation letter'),
       ('nl', 'cv'),
       ('nl', 'curriculum vitae'),
       ('nl', 'sollicitatiebrief'),
       ('nl', 'motivatiebrief'),
       ('uk', 'резюме'),
       ('uk', 'мотиваційний лист'),
       ('uk', 'супровідний лист'),
       ('ru', 'резюме'),
       ('ru', 'мотивационное письмо'),
       ('ru', 'сопроводительное письмо')) as v(language, term)
where c.id = 'cv-application'
on conflict do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'account-recovery', 'forgotten password or username, account recovery', 4, null, now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'password'),
       ('en', 'forgot password'),
       ('en', 'forgotten password'),
       ('en', 'reset password'),
       ('en', 'password reset'),
       ('en', 'new password'),
       ('en', 'username'),
       ('en', 'recovery code'),
       ('nl', 'wachtwoord'),
       ('nl', 'wachtwoord vergeten'),
       ('nl', 'nieuw wachtwoord'),
       ('nl', 'gebruikersnaam'),
       ('nl', 'herstelcode'),
       ('uk', 'пароль'),
       ('uk', 'забув пароль'),
       ('uk', 'забула пароль'),
       ('uk', 'відновити пароль'),
       ('uk', 'відновлення пароля'),
       ('uk', 'новий пароль'),
       ('ru', 'пароль'),
       ('ru', 'забыл пароль'),
       ('ru', 'забыла пароль'),
       ('ru', 'восстановить пароль'),
       ('ru', 'восстановление пароля'),
       ('ru', 'новый пароль')) as v(language, term)
where c.id = 'account-recovery'
on conflict do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'rent-arrears', 'rent arrears, eviction', 3, 'housing-matters', now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'rent arrears'),
       ('en', 'behind on rent'),
       ('en', 'behind on my rent'),
       ('en', 'unpaid rent'),
       ('en', 'eviction'),
       ('en', 'evict'),
       ('en', 'evicted'),
       ('nl', 'huurachterstand'),
       ('nl', 'huurschuld'),
       ('nl', 'uitzetting'),
       ('nl', 'uit huis gezet'),
       ('nl', 'uit huis zetten'),
       ('nl', 'ontruiming'),
       ('uk', 'борг за оренду'),
       ('uk', 'заборгованість за оренду'),
       ('uk', 'заборгованість з оренди'),
       ('uk', 'виселення'),
       ('uk', 'виселити'),
       ('uk', 'виселять'),
       ('ru', 'долг за аренду'),
       ('ru', 'долг по аренде'),
       ('ru', 'задолженность по аренде'),
       ('ru', 'выселение из квартиры'),
       ('ru', 'выселить из квартиры'),
       ('ru', 'выселят из квартиры'),
       ('ru', 'угроза выселения')) as v(language, term)
where c.id = 'rent-arrears'
on conflict do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'social-housing', 'applying for social housing, waiting lists', 3, 'housing-matters', now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'social housing'),
       ('en', 'social rental home'),
       ('en', 'social rent'),
       ('en', 'housing corporation'),
       ('en', 'housing association'),
       ('en', 'home seeker'),
       ('en', 'woningnet'),
       ('nl', 'sociale huurwoning'),
       ('nl', 'sociale woning'),
       ('nl', 'woningcorporatie'),
       ('nl', 'woningzoekende'),
       ('nl', 'woningnet'),
       ('uk', 'соціальне житло'),
       ('uk', 'соціальна квартира'),
       ('uk', 'черга на житло'),
       ('uk', 'житлова корпорація'),
       ('ru', 'социальное жилье'),
       ('ru', 'социальное жильё'),
       ('ru', 'социальная квартира'),
       ('ru', 'очередь на жилье'),
       ('ru', 'жилищная корпорация')) as v(language, term)
where c.id = 'social-housing'
on conflict do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'pets', 'pets', 4, null, now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'pet'),
       ('en', 'pets'),
       ('en', 'dog'),
       ('en', 'dogs'),
       ('en', 'cat'),
       ('en', 'cats'),
       ('nl', 'huisdier'),
       ('nl', 'huisdieren'),
       ('nl', 'hond'),
       ('nl', 'honden'),
       ('nl', 'kat'),
       ('nl', 'katten'),
       ('nl', 'poes'),
       ('uk', 'тварина'),
       ('uk', 'тварини'),
       ('uk', 'домашня тварина'),
       ('uk', 'домашні тварини'),
       ('uk', 'собака'),
       ('uk', 'собаку'),
       ('uk', 'пес'),
       ('uk', 'кішка'),
       ('uk', 'кішку'),
       ('uk', 'кошеня'),
       ('uk', 'цуценя'),
       ('ru', 'животное'),
       ('ru', 'животные'),
       ('ru', 'домашнее животное'),
       ('ru', 'домашние животные'),
       ('ru', 'собака'),
       ('ru', 'собаку'),
       ('ru', 'кошка'),
       ('ru', 'кошку'),
       ('ru', 'кота'),
       ('ru', 'щенок')) as v(language, term)
where c.id = 'pets'
on conflict do nothing;

-- the lexicon is recompiled when a concept's updated_at changes
update concept set updated_at = now()
where id in ('job-search', 'cv-application', 'account-recovery', 'rent-arrears', 'social-housing', 'pets');
