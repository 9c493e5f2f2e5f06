// Public article page: GET /api/public/kb/articles/{articleId}?lang= -> {articleId, title, body, language, languages,
// updatedAt, outdated, sourceLanguage, sourceUpdatedAt}.
import {initPublicPage} from './shell.js';
import {api} from '../api.js';
import {t, onChange, NATIVE_NAMES} from '../i18n.js';
import {el, clear, done, formatDate, isolate, renderText, showError, showLoading, param, userText, $} from '../ui.js';

const uiLanguage = initPublicPage();
const container = $('#article');
const id = param('id');
let lang = param('lang') || uiLanguage;
let article = null;
let missing = false;

if (document.referrer.includes('/kb.html')) $('#back-to-search').href = document.referrer;

async function load() {
  article = null;
  missing = !id;
  if (missing) {
    render();
    return;
  }
  showLoading(container);
  try {
    article = await api.get('/api/public/kb/articles/' + encodeURIComponent(id), {lang});
    render();
  } catch (error) {
    if (error.status === 400 && error.errors.some((e) => e.field === 'lang') && lang !== uiLanguage) {
      // a hand-edited ?lang= the knowledge base does not know: the reader's own language instead
      lang = uiLanguage;
      load();
    } else if (error.status === 404 || error.status === 410 || error.status === 400) {
      // no such article (any more), or an id that cannot be one: trying again would not help
      missing = true;
      render();
    } else {
      showError(container, error, load);
    }
  }
}

/** The article is not there: say so in the reader's language, and offer the search instead. */
function renderMissing() {
  done(container);
  document.title = t('article.missing') + ' · Wegwijs';
  container.replaceChildren(el('div', {class: 'alert warn', id: 'article-missing'},
    el('h1', {tabindex: '-1'}, t('article.missing')),
    el('p', {}, t('article.missingHint')),
    el('p', {}, el('a', {href: '/kb.html', id: 'article-missing-search'}, t('article.searchInstead')))));
}

function render() {
  if (missing) {
    renderMissing();
    return;
  }
  if (!article) return;
  clear(container);
  done(container);
  document.title = (article.title ? isolate(article.title) + ' · ' : '') + 'Wegwijs';
  const body = el('div', {class: 'article-body', lang: article.language || null}, renderText(article.body));
  container.append(
    el('h1', {lang: article.language || null, tabindex: '-1'}, userText(article.title)),
    el('p', {class: 'meta'}, article.updatedAt ? t('article.updated', {date: formatDate(article.updatedAt)}) : ''));
  if (article.outdated && article.sourceLanguage && article.sourceLanguage !== article.language) {
    // the original changed after this translation was written: say so, and offer the original
    const source = article.sourceLanguage;
    container.append(el('p', {class: 'alert warn', id: 'article-outdated'},
      t('article.outdated', {
        language: NATIVE_NAMES[source] || source,
        date: formatDate(article.sourceUpdatedAt || article.updatedAt),
      }), ' ',
      el('a', {
        href: '?id=' + encodeURIComponent(id) + '&lang=' + encodeURIComponent(source), lang: source, hreflang: source,
        onclick: (e) => { e.preventDefault(); switchTo(source); },
      }, t('article.readOriginal'))));
  }
  container.append(body);
  const others = (article.languages || []).filter((l) => l !== article.language);
  if (others.length) {
    container.append(el('p', {class: 'meta'}, t('article.otherLanguages'), ' ',
      ...others.map((l, i) => [i ? ' · ' : '', el('a', {
        href: '?id=' + encodeURIComponent(id) + '&lang=' + encodeURIComponent(l), lang: l, hreflang: l,
        onclick: (e) => { e.preventDefault(); switchTo(l); },
      }, NATIVE_NAMES[l] || l)])));
  }
}

function switchTo(l) {
  lang = l;
  const url = new URL(location.href);
  url.searchParams.set('lang', l);
  history.replaceState(null, '', url);
  load().then(() => container.querySelector('h1')?.focus());
}

onChange(render);
load();
