// Published articles: outdated translations, review-by dates, retire.
//   GET  /api/knowledge/articles?reviewDue=&page=&size=  {items: [{id, status, title, language, languages, outdatedLanguages,
//                                               version, questionCount, topic, reviewBy, reviewDue, publishedAt, updatedAt}]}
//   PUT  /api/knowledge/articles/{id}          {reviewBy}
//   POST /api/knowledge/articles/{id}/retire
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {announce, busy, clear, done, el, hideAlert, isolate, showAlert, showEmpty, showError, showLoading, showProblem, userText, $} from '../../js/ui.js';
import {languageBadge, renderPager, statusBadge} from './common.js';
import '../../js/lang/knowledge.js';

const PAGE_SIZE = 50;
const me = await initStaffPage({page: 'articles', roles: ['EDITOR']});
let data = null;
let page = 0;

if (me) {
  $('#only-review').addEventListener('change', () => {
    page = 0;
    load();
  });
  $('#only-outdated').addEventListener('change', render);
  onChange(() => data && render());
  load();
}

async function load() {
  const box = $('#articles');
  showLoading(box);
  try {
    data = await api.get('/api/knowledge/articles', {page, size: PAGE_SIZE, reviewDue: $('#only-review').checked ? 'true' : null});
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
  if (typeof a.reviewDue === 'boolean') return a.reviewDue;
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
        el('td', {}, el('a', {href: '/article.html?id=' + encodeURIComponent(aid) + '&lang=' + encodeURIComponent(a.language || ''), lang: a.language || null}, userText(a.title) || aid),
          retired ? null : el('div', {class: 'meta'}, el('a', {href: '/staff/draft.html?article=' + encodeURIComponent(aid)}, t('articles.edit')))),
        el('td', {}, (a.languages || [a.language]).filter(Boolean).map((l) => languageBadge(l)).flatMap((b) => [b, ' '])),
        el('td', {}, outdated.length ? outdated.map((l) => el('span', {class: 'badge warn'}, l.toUpperCase() + ' ' + t('draft.outdated'))).flatMap((b) => [b, ' ']) : '–'),
        el('td', {class: due ? 'age-bad' : ''}, reviewCell(a, due)),
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

/** The review-by date, changeable in place (PUT {reviewBy}). */
function reviewCell(a, due) {
  const aid = articleId(a);
  const input = el('input', {type: 'date', id: 'review-' + aid, value: (a.reviewBy || a.reviewByDate || '').slice(0, 10),
    'aria-label': t('articles.reviewByLabel', {title: isolate(a.title || aid)}), class: 'review-by'});
  const save = el('button', {type: 'button', class: 'btn small', onclick: async (e) => {
    hideAlert($('#articles-alert'));
    if (!input.value) return input.focus();
    try {
      await busy(e.currentTarget, () => api.put('/api/knowledge/articles/' + encodeURIComponent(aid), {reviewBy: input.value}));
      announce(t('articles.reviewSaved'));
      showAlert($('#articles-alert'), 'success', t('articles.reviewSaved'));
      await load();
    } catch (error) {
      showProblem(null, $('#articles-alert'), error);
    }
  }}, t('articles.saveReview'));
  return el('div', {class: 'row'}, input, save, due ? el('span', {class: 'badge bad'}, t('articles.reviewDue')) : null);
}

async function retire(article, button) {
  if (!confirm(t('articles.confirmRetire', {title: isolate(article.title || articleId(article))}))) return;
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
