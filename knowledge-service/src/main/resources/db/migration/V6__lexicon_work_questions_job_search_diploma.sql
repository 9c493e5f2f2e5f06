-- Lexicon additions for databases seeded before them (new databases get them from lexicon/seed.txt), after an
-- outside audit of grouping:
-- 1. "Can I work with temporary protection?" ("Чи можу я працювати з тимчасовим захистом?") is the question whether
--    one may work: work-notification gets that phrase and "право працювати"/"право работать" in four languages
--    ("can I work" alone is stop words and the generic concept work).
-- 2. job-search (new, family work-rights): finding a job is not whether one may work.
-- 3. diploma-recognition (new): "Як підтвердити мій український диплом" and "Как признать мой диплом" had no concept.
-- Terms editors added stay; a concept an editor deleted is not brought back (work-notification); the two new
-- concepts are added unless a concept with that id exists, whose terms are then completed.
insert into concept (id, label, weight, family, updated_at)
select 'job-search', 'looking for a job, vacancies, applying', 3, 'work-rights', now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept (id, label, weight, family, updated_at)
select 'diploma-recognition', 'recognition of a foreign diploma (IDW, Nuffic)', 3, null, now()
where exists (select 1 from concept) -- a new database is seeded from lexicon/seed.txt at start-up
on conflict (id) do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'work with temporary protection'),
       ('en', 'working with temporary protection'),
       ('en', 'work under temporary protection'),
       ('en', 'employment permit'),
       ('nl', 'werken met tijdelijke bescherming'),
       ('nl', 'werken onder tijdelijke bescherming'),
       ('uk', 'право працювати'),
       ('uk', 'дозволено працювати'),
       ('uk', 'працювати з тимчасовим захистом'),
       ('uk', 'робота з тимчасовим захистом'),
       ('ru', 'право работать'),
       ('ru', 'разрешено работать'),
       ('ru', 'работать с временной защитой'),
       ('ru', 'работа с временной защитой')) as v(language, term)
where c.id = 'work-notification'
on conflict do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'find a job'),
       ('en', 'find work'),
       ('en', 'finding a job'),
       ('en', 'finding work'),
       ('en', 'job search'),
       ('en', 'job hunting'),
       ('en', 'look for a job'),
       ('en', 'looking for a job'),
       ('en', 'looking for work'),
       ('en', 'search for a job'),
       ('en', 'vacancy'),
       ('en', 'vacancies'),
       ('en', 'job application'),
       ('en', 'apply for a job'),
       ('en', 'cv'),
       ('en', 'resume'),
       ('nl', 'werk zoeken'),
       ('nl', 'baan zoeken'),
       ('nl', 'werk vinden'),
       ('nl', 'baan vinden'),
       ('nl', 'vacature'),
       ('nl', 'vacatures'),
       ('nl', 'solliciteren'),
       ('nl', 'sollicitatie'),
       ('nl', 'sollicitatiebrief'),
       ('nl', 'cv'),
       ('uk', 'знайти роботу'),
       ('uk', 'пошук роботи'),
       ('uk', 'шукати роботу'),
       ('uk', 'шукаю роботу'),
       ('uk', 'знайти вакансію'),
       ('uk', 'вакансія'),
       ('uk', 'вакансії'),
       ('uk', 'резюме'),
       ('uk', 'співбесіда'),
       ('ru', 'найти работу'),
       ('ru', 'поиск работы'),
       ('ru', 'искать работу'),
       ('ru', 'ищу работу'),
       ('ru', 'найти вакансию'),
       ('ru', 'вакансия'),
       ('ru', 'вакансии'),
       ('ru', 'резюме'),
       ('ru', 'собеседование')) as v(language, term)
where c.id = 'job-search'
on conflict do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'diploma'),
       ('en', 'diploma recognition'),
       ('en', 'recognise my diploma'),
       ('en', 'recognize my diploma'),
       ('en', 'recognition of my diploma'),
       ('en', 'diploma evaluation'),
       ('en', 'credential evaluation'),
       ('en', 'degree recognition'),
       ('en', 'foreign diploma'),
       ('en', 'idw'),
       ('en', 'nuffic'),
       ('nl', 'diploma'),
       ('nl', 'diplomawaardering'),
       ('nl', 'diploma erkennen'),
       ('nl', 'erkenning diploma'),
       ('nl', 'erkenning van mijn diploma'),
       ('nl', 'buitenlands diploma'),
       ('nl', 'internationale diplomawaardering'),
       ('nl', 'idw'),
       ('nl', 'nuffic'),
       ('uk', 'диплом'),
       ('uk', 'визнання диплому'),
       ('uk', 'визнати диплом'),
       ('uk', 'підтвердити диплом'),
       ('uk', 'підтвердження диплому'),
       ('uk', 'нострифікація'),
       ('ru', 'диплом'),
       ('ru', 'признание диплома'),
       ('ru', 'признать диплом'),
       ('ru', 'подтвердить диплом'),
       ('ru', 'подтверждение диплома'),
       ('ru', 'нострификация')) as v(language, term)
where c.id = 'diploma-recognition'
on conflict do nothing;

-- the lexicon is recompiled when a concept's updated_at changes
update concept set updated_at = now() where id in ('work-notification', 'job-search', 'diploma-recognition');
