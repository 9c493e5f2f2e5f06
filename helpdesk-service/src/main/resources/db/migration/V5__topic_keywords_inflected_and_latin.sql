-- Topic suggestions missed Ukrainian and Russian inflected forms ("курси нідерландської мови", "курсы нидерландского
-- языка"), DigiD, vehicles and plates, and took "україн" / "Ukraine" for travelling (any Ukrainian licence, plates or
-- family) and "допомог" for benefits ("дякую за допомогу"). Keywords are matched by length since this version (see
-- KeywordMatch): short ones as whole words ("ov" no longer in "Koval"), stems of 4-5 letters at the start of a word.
-- Only the keywords below are added (once) or removed: whatever admins changed themselves stays.
create function pg_temp.change_keywords(topic_code text, added text, removed text) returns void language sql as $$
    update topic t
    set keywords = coalesce((
            select string_agg(kept.k, ',' order by kept.first_at)
            from (select btrim(u.k) as k, min(u.n) as first_at
                  from unnest(string_to_array(t.keywords || ',' || added, ',')) with ordinality as u(k, n)
                  where btrim(u.k) <> '' and btrim(u.k) <> all (string_to_array(removed, ','))
                  group by btrim(u.k)) as kept), ''),
        updated_at = now()
    where t.code = topic_code;
$$;

select pg_temp.change_keywords('municipal-registration-bsn',
    'digid,adres,address,адрес,перерегистр,перереєстр', '');
select pg_temp.change_keywords('living-allowance',
    'на проживання,на проживание,пособие на проживание,на харчування,на питание,грошей на,денег на', 'пособие на');
select pg_temp.change_keywords('work-employer-notification',
    'працю,працев,трудоустр', '');
select pg_temp.change_keywords('language-lessons',
    'курс,нідерландської,нідерландську,нідерландська мова,голландської,голландську,нидерландского,нидерландский,'
    || 'нидерландскому,голландского,голландский,язык,вивчи,вивча,выучи,изучи,dutch course,dutch language,'
    || 'cursus nederlands', '');
select pg_temp.change_keywords('transport-driving-licence',
    'номерами,номерн,проїзд,проезд,number plate,licence plate,license plate,vehicle,parkeer,parking,kenteken,rdw,'
    || 'автомоб', '');
select pg_temp.change_keywords('travel-ukraine',
    'в україну,до україни,в украину,to ukraine,naar oekraïne,ukrainu', 'україн,украин,ukraine,oekraïne');
select pg_temp.change_keywords('benefits',
    'на дітей,на детей,на дитину,на ребенка,субсиді', 'допомог');
select pg_temp.change_keywords('pets',
    'собаку,собакой,собакою,кота,котом,кішку,кошку,mijn hond,mijn kat,my dog,my cat', '');
select pg_temp.change_keywords('temporary-protection-residence',
    'стікер,стикер', '');
select pg_temp.change_keywords('mental-health',
    'somber,anxious,depressed,angstig,самотн,одинок,тривож,тревож,безсонн,бессонниц,не можу спати,не могу спать', '');
