// Published articles: outdated translations, review-by dates, retire.
//   GET  /api/knowledge/articles?page=&size=  {items: [{id|articleId, title, language, languages, status, reviewBy,
//                                               outdatedLanguages? | translations{lang:{outdated}}, updatedAt, version?}]}
//   POST /api/knowledge/articles/{id}/retire
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '/js/api.js';
import {t, onChange} from '/js/i18n.js';
import {announce, busy, clear, done, el, formatDate, hideAlert, showAlert, showEmpty, showError, showLoading, showProblem, $} from '/js/ui.js';
import {languageBadge, renderPager, statusBadge} from './common.js';
import '/js/lang/knowledge.js';

const PAGE_SIZE = 50;
const me = await initStaffPage({page: 'articles', roles: ['EDITOR']});
let data = null;
let page = 0;

if (me) {
  for (const box of [$('#only-review'), $('#only-outdated')]) box.addEventListener('change', render);
  onChange(() => data && render());
  load();
}

async function load() {
  const box = $('#articles');
  showLoading(box);
  try {
    data = await api.get('/api/knowledge/articles', {page, size: PAGE_SIZE});
    render();
  } catch (error) {
    data = null;
    showError(box, error, load);
  }
}

function articleId(a) {
  return a.id || a.articleId;
}

function outdatedOf(a) {
  const listed = a.outdatedLanguages || a.outdatedTranslations || [];
  const fromTranslations = a.translations && !Array.isArray(a.translations)
    ? Object.entries(a.translations).filter(([, v]) => v && v.outdated).map(([k]) => k) : [];
  return [...new Set([...listed, ...fromTranslations])];
}

function reviewDue(a) {
  const by = a.reviewBy || a.reviewByDate;
  return Boolean(by) && new Date(by) < new Date();
}

function render() {
  const box = $('#articles');
  done(box);
  let items = itemsOf(data);
  if ($('#only-review').checked) items = items.filter(reviewDue);
  if ($('#only-outdated').checked) items = items.filter((a) => outdatedOf(a).length);
  $('#articles-status').textContent = t('articles.count', {n: items.length});
  if (!items.length) {
    showEmpty(box, 'articles.empty');
  } else {
    const body = el('tbody');
    for (const a of items) {
      const aid = articleId(a);
      const outdated = outdatedOf(a);
      const due = reviewDue(a);
      const retired = a.status === 'RETIRED';
      body.append(el('tr', {class: 'article-row', dataset: {articleId: aid}},
        el('td', {}, el('a', {href: '/article.html?id=' + encodeURIComponent(aid) + '&lang=' + encodeURIComponent(a.language || ''), lang: a.language || null}, a.title || aid),
          a.draftId ? el('div', {class: 'meta'}, el('a', {href: '/staff/draft.html?id=' + encodeURIComponent(a.draftId)}, t('articles.edit'))) : null),
        el('td', {}, (a.languages || [a.language]).filter(Boolean).map((l) => languageBadge(l)).flatMap((b) => [b, ' '])),
        el('td', {}, outdated.length ? outdated.map((l) => el('span', {class: 'badge warn'}, l.toUpperCase() + ' ' + t('draft.outdated'))).flatMap((b) => [b, ' ']) : '–'),
        el('td', {class: due ? 'age-bad' : ''}, a.reviewBy || a.reviewByDate ? formatDate(a.reviewBy || a.reviewByDate) : '–',
          due ? el('span', {}, ' ', el('span', {class: 'badge bad'}, t('articles.reviewDue'))) : null),
        el('td', {}, a.status ? statusBadge(a.status) : statusBadge('PUBLISHED')),
        el('td', {}, retired ? '' : el('button', {type: 'button', class: 'btn small danger retire', onclick: (e) => retire(a, e.currentTarget)}, t('articles.retire')))));
    }
    clear(box).append(el('table', {},
      el('caption', {class: 'visually-hidden'}, t('articles.title')),
      el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, t('drafts.titleCol')),
        el('th', {scope: 'col'}, t('drafts.languages')),
        el('th', {scope: 'col'}, t('articles.outdated')),
        el('th', {scope: 'col'}, t('articles.reviewBy')),
        el('th', {scope: 'col'}, t('common.status')),
        el('th', {scope: 'col'}, el('span', {class: 'visually-hidden'}, t('articles.actions'))))),
      body));
  }
  renderPager($('#articles-pager'), {page: data.page ?? page, size: data.size ?? PAGE_SIZE, total: data.total ?? itemsOf(data).length}, (p) => {
    page = p;
    load();
  });
}

async function retire(article, button) {
  if (!confirm(t('articles.confirmRetire', {title: article.title || ''}))) return;
  hideAlert($('#articles-alert'));
  try {
    await busy(button, () => api.post('/api/knowledge/articles/' + encodeURIComponent(articleId(article)) + '/retire'));
    showAlert($('#articles-alert'), 'success', t('articles.retired'));
    announce(t('articles.retired'));
    await load();
  } catch (error) {
    showProblem(null, $('#articles-alert'), error);
  }
}
