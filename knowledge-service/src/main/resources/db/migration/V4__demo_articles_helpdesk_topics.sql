-- The demo articles were published under topics the helpdesk does not have; give them the helpdesk's
-- topic codes (helpdesk-service V3__seed_topics.sql) so statistics and gaps by topic line up. Only
-- articles the demo data published (version history by 'demo-data') and their drafts are changed.
with demo as (
    select a.id, a.draft_id,
           case a.topic
               when 'health-care' then 'health-care-insurance'
               when 'work' then 'work-employer-notification'
               when 'money-benefits' then 'living-allowance'
               when 'education' then 'education-school'
           end as topic
    from article a
    where a.topic in ('health-care', 'work', 'money-benefits', 'education')
      and exists (select 1 from article_version v where v.article_id = a.id and v.changed_by = 'demo-data')
)
update article set topic = demo.topic from demo where article.id = demo.id;

update draft d set topic = a.topic
from article a
where a.draft_id = d.id
  and d.topic in ('health-care', 'work', 'money-benefits', 'education')
  and exists (select 1 from article_version v where v.article_id = a.id and v.changed_by = 'demo-data');
