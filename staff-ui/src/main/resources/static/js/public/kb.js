// Public knowledge-base search: GET /api/public/kb/search?q=&lang=&limit= -> {items: [{articleId, title, snippet, language, score}]}.
import {initPublicPage} from './shell.js';
import {api, itemsOf} from '../api.js';
import {t, onChange} from '../i18n.js';
import {busy, el, clear, done, renderHighlighted, showError, showLoading, param, userText, $} from '../ui.js';

const uiLanguage = initPublicPage();
const form = $('#kb-form');
const query = $('#kb-query');
const lang = $('#kb-language');
const results = $('#kb-results');
const status = $('#kb-status');
let lastItems = null;

lang.value = param('lang') || uiLanguage;
query.value = param('q') || '';

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});

async function search() {
  const q = query.value.trim();
  if (!q) {
    query.focus();
    return;
  }
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  url.searchParams.set('lang', lang.value);
  history.replaceState(null, '', url);
  status.textContent = '';
  showLoading(results);
  try {
    const data = await busy($('#kb-search'), () => api.get('/api/public/kb/search', {q, lang: lang.value, limit: 10}));
    lastItems = itemsOf(data);
    render();
  } catch (error) {
    lastItems = null;
    showError(results, error, search);
  }
}

function render() {
  if (!lastItems) return;
  clear(results);
  done(results);
  status.textContent = lastItems.length ? t('kb.count', {n: lastItems.length}) : t('kb.none');
  if (!lastItems.length) return;
  const list = el('ol', {class: 'list-plain'});
  for (const item of lastItems) {
    const href = '/article.html?id=' + encodeURIComponent(item.articleId) + '&lang=' + encodeURIComponent(lang.value);
    const li = el('li', {class: 'kb-result', dataset: {articleId: item.articleId}},
      el('a', {href, lang: item.language || null}, userText(item.title) || '—'));
    if (item.language && item.language !== lang.value) li.append(' ', el('span', {class: 'badge'}, item.language.toUpperCase() + ' · ' + t('kb.translationNote')));
    if (item.snippet) li.append(el('p', {class: 'snippet', lang: item.language || null}, renderHighlighted(item.snippet)));
    list.append(li);
  }
  results.append(list);
}

onChange(() => {
  if (lastItems) render();
});

if (query.value) search();
