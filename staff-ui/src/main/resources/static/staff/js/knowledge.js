// Drafts by how often asked, and gaps.
//   GET /api/knowledge/drafts?status=   {items: [{id, status, title, language, questionCount, languages, updatedAt}]}
//   GET /api/knowledge/gaps?size=100    {items: [{title?, topic?, questionCount, languages?, draftId?, articleId?}], page, size, total}
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {clear, done, el, formatDateTime, showEmpty, showError, showLoading, userText, $} from '../../js/ui.js';
import {languageBadge, loadTopics, statusBadge, topicLabel} from './common.js';
import '../../js/lang/knowledge.js';

const me = await initStaffPage({page: 'knowledge', roles: ['EDITOR']});
let drafts = null;
let gaps = null;
let topics = [];

if (me) {
  const status = new URLSearchParams(location.search).get('status');
  if (status !== null) $('#draft-status').value = status;
  $('#draft-status').addEventListener('change', loadDrafts);
  onChange(() => {
    if (drafts) renderDrafts();
    if (gaps) renderGaps();
  });
  loadDrafts();
  topics = await loadTopics();
  loadGaps();
}

async function loadDrafts() {
  const status = $('#draft-status').value;
  history.replaceState(null, '', '?status=' + encodeURIComponent(status));
  const box = $('#drafts');
  showLoading(box);
  try {
    drafts = itemsOf(await api.get('/api/knowledge/drafts', {status, size: 100}));
    drafts.sort((a, b) => (b.questionCount || 0) - (a.questionCount || 0));
    renderDrafts();
  } catch (error) {
    drafts = null;
    showError(box, error, loadDrafts);
  }
}

function renderDrafts() {
  const box = $('#drafts');
  done(box);
  $('#drafts-status').textContent = t('drafts.count', {n: drafts.length});
  if (!drafts.length) return showEmpty(box, 'drafts.empty');
  const body = el('tbody');
  for (const d of drafts) {
    const href = '/staff/draft.html?id=' + encodeURIComponent(d.id);
    const row = el('tr', {class: 'draft-row', dataset: {draftId: d.id}},
      el('td', {class: 'num'}, String(d.questionCount ?? '–')),
      el('td', {}, el('a', {href, lang: d.language || null}, userText(d.title) || t('drafts.untitled'))),
      el('td', {}, languageBadge(d.language), ' ', (d.languages || []).filter((l) => l !== d.language).map((l) => el('span', {class: 'badge'}, '+' + l)).flatMap((b) => [b, ' '])),
      el('td', {}, statusBadge(d.status)),
      el('td', {class: 'hide-narrow'}, formatDateTime(d.updatedAt)));
    // the whole row opens the draft for mouse users; keyboard users have the title link
    row.addEventListener('click', (e) => {
      if (e.target.closest('a') || window.getSelection().toString()) return;
      location.assign(href);
    });
    body.append(row);
  }
  clear(box).append(el('table', {},
    el('caption', {class: 'visually-hidden'}, t('drafts.title')),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col', class: 'num'}, t('drafts.asked')),
      el('th', {scope: 'col'}, t('drafts.titleCol')),
      el('th', {scope: 'col'}, t('drafts.languages')),
      el('th', {scope: 'col'}, t('common.status')),
      el('th', {scope: 'col', class: 'hide-narrow'}, t('drafts.updated')))),
    body));
}

async function loadGaps() {
  const box = $('#gaps');
  showLoading(box);
  try {
    // the service orders gaps by how often asked; the 100 most asked are what a planner needs
    gaps = itemsOf(await api.get('/api/knowledge/gaps', {size: 100}));
    renderGaps();
  } catch (error) {
    gaps = null;
    showError(box, error, loadGaps);
  }
}

function renderGaps() {
  const box = $('#gaps');
  done(box);
  if (!gaps.length) return showEmpty(box, 'gaps.empty');
  const body = el('tbody');
  for (const g of gaps) {
    const label = userText(g.title || g.label || (g.concepts && g.concepts.join(', ')) || topicLabel(topics, g.topic));
    body.append(el('tr', {class: 'gap-row'},
      el('td', {class: 'num'}, String(g.questionCount ?? g.count ?? '–')),
      el('td', {}, g.draftId ? el('a', {href: '/staff/draft.html?id=' + encodeURIComponent(g.draftId)}, label) : label,
        g.sampleQuestion ? el('div', {class: 'meta'}, userText(g.sampleQuestion)) : null),
      el('td', {}, g.topic ? topicLabel(topics, g.topic) : '–'),
      el('td', {}, (g.languages || []).map((l) => languageBadge(l)).flatMap((b) => [b, ' ']))));
  }
  clear(box).append(el('table', {},
    el('caption', {class: 'visually-hidden'}, t('gaps.title')),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col', class: 'num'}, t('drafts.asked')),
      el('th', {scope: 'col'}, t('gaps.what')),
      el('th', {scope: 'col'}, t('common.topic')),
      el('th', {scope: 'col'}, t('drafts.languages')))),
    body));
}
