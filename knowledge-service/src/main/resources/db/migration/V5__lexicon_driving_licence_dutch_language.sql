-- Lexicon corrections for databases seeded before them (new databases get them from lexicon/seed.txt).
-- 1. "Dutch" and "in the Netherlands" no longer name the Dutch language: its one-word terms go, phrases
--    with the word for language take their place ("нідерландські права" is a Dutch driving licence).
-- 2. The driving licence gets the words Ukrainian and Russian speakers use ("права" with a word that says
--    which: "поменять права", "українські права"), "rijbewijs"/"driving licence" variants and CBR.
-- Terms editors added stay; a concept an editor deleted is not brought back.
delete from concept_term
where concept_id = 'dutch-language'
  and (language, term) in (('en', 'dutch'), ('nl', 'nederlands'), ('uk', 'голландська'), ('uk', 'нідерландська'),
                           ('uk', 'голландську'), ('uk', 'нідерландську'), ('ru', 'голландский'), ('ru', 'нидерландский'));

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'dutch language'),
       ('en', 'speak dutch'),
       ('en', 'speaking dutch'),
       ('en', 'dutch level'),
       ('en', 'nt2'),
       ('nl', 'nederlandse taal'),
       ('nl', 'nederlands spreken'),
       ('nl', 'taalniveau'),
       ('nl', 'nt2'),
       ('uk', 'нідерландська мова'),
       ('uk', 'голландська мова'),
       ('uk', 'нідерландською мовою'),
       ('uk', 'голландською мовою'),
       ('uk', 'говорити нідерландською'),
       ('uk', 'розмовляти нідерландською'),
       ('uk', 'рівень мови'),
       ('ru', 'нидерландский язык'),
       ('ru', 'голландский язык'),
       ('ru', 'на нидерландском языке'),
       ('ru', 'на голландском языке'),
       ('ru', 'говорить по-нидерландски'),
       ('ru', 'говорить по-голландски'),
       ('ru', 'уровень языка')) as v(language, term)
where c.id = 'dutch-language'
on conflict do nothing;

insert into concept_term (concept_id, language, term)
select c.id, v.language, v.term from concept c
cross join (values ('en', 'driving licence'),
       ('en', 'driving license'),
       ('en', 'driver''s license'),
       ('en', 'drivers licence'),
       ('en', 'driver license'),
       ('en', 'exchange licence'),
       ('en', 'exchange license'),
       ('en', 'ukrainian licence'),
       ('en', 'ukrainian license'),
       ('en', 'dutch licence'),
       ('en', 'dutch license'),
       ('en', 'licence exchange'),
       ('en', 'license exchange'),
       ('en', 'cbr'),
       ('nl', 'rijbewijs'),
       ('nl', 'rijbewijs omwisselen'),
       ('nl', 'rijbewijs omruilen'),
       ('nl', 'cbr'),
       ('uk', 'посвідчення водія'),
       ('uk', 'водійське посвідчення'),
       ('uk', 'водійські права'),
       ('uk', 'права водія'),
       ('uk', 'обміняти права'),
       ('uk', 'поміняти права'),
       ('uk', 'замінити права'),
       ('uk', 'обмін прав'),
       ('uk', 'українські права'),
       ('uk', 'нідерландські права'),
       ('uk', 'голландські права'),
       ('uk', 'іноземні права'),
       ('uk', 'права категорії'),
       ('ru', 'водительское удостоверение'),
       ('ru', 'удостоверение водителя'),
       ('ru', 'водительские права'),
       ('ru', 'права водителя'),
       ('ru', 'поменять права'),
       ('ru', 'обменять права'),
       ('ru', 'заменить права'),
       ('ru', 'обмен прав'),
       ('ru', 'украинские права'),
       ('ru', 'нидерландские права'),
       ('ru', 'голландские права'),
       ('ru', 'иностранные права'),
       ('ru', 'права категории')) as v(language, term)
where c.id = 'driving-licence'
on conflict do nothing;

-- the lexicon is recompiled when a concept's updated_at changes
update concept set updated_at = now() where id in ('dutch-language', 'driving-licence');
