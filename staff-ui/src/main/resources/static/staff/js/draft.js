// Draft editor: translations side by side, grouped questions with why they were grouped.
// With ?article={id} the same editor edits a published article's translations (a new version):
//   GET/PUT /api/knowledge/articles/{id}  {translations}  -> {id, status, language, version, reviewBy, translations, history}
//   GET  /api/knowledge/drafts/{id}          {id, status, title, language, questionCount, languages, updatedAt,
//                                             questions: [{ticketId, language, text, reason?}], translations: {lang: {title, body, outdated?}},
//                                             personalDataWarnings: [{field: "translations.uk.body", kind}]}
//        kind EMAIL, PHONE, ADDRESS, NAME, DATE (likely a birth date), HANDLE (social media handle or profile link), PLATE:
//        may be a helpline's, an office's or a channel's, the editor checks; BSN, IBAN, DOCUMENT (passport, ID or
//        residence document number) identify one person: publishing is refused (400 with errors [{field, message}]
//        under the fields); articles carry the same list. A kind this page does not know is shown as "personal data".
//   PUT  /api/knowledge/drafts/{id}          {translations: {lang: {title, body}}}
//   POST /api/knowledge/drafts/{id}/review   OPEN -> IN_REVIEW ; /reopen -> OPEN
//   POST /api/knowledge/drafts/{id}/publish  OPEN or IN_REVIEW -> PUBLISHED, {articleId} (review is optional)
//   POST /api/knowledge/drafts/{id}/reject
// questions[].grouping: {decision, matchedTicketId, score: {score, concepts, terms, answers, topic, semantic,
//                        sharedConcepts, conflicts}, threshold}; allowedTransitions: the statuses it may move to
//   POST /api/knowledge/drafts/{id}/merge    {draftId}      (that draft's questions join this one)
//   POST /api/knowledge/drafts/{id}/split    {ticketIds}    -> the new draft {id}
import {initStaffPage, hasRole} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {has, t, onChange} from '../../js/i18n.js';
import {
  announce, busy, clear, clearFieldErrors, done, el, formatDate, formatDateTime, hideAlert, isolate, joined, languageName, param,
  showAlert, showError, showLoading, showProblem, tn, userText, $,
} from '../../js/ui.js';
import {LANGUAGES, languageBadge, statusBadge} from './common.js';
import '../../js/lang/knowledge.js';

const articleMode = Boolean(param('article'));
const id = param('article') || param('id');
const me = await initStaffPage({page: articleMode ? 'articles' : 'knowledge', roles: ['EDITOR']});
let draft = null;
let missing = false;
let dirty = false;
const editors = {};

if (me) {
  if (articleMode) {
    for (const section of ['#questions-title', '#merge-title']) $(section).closest('section').hidden = true;
    const back = $('main > p > a');
    back.href = '/staff/articles.html';
    back.dataset.i18n = 'draft.backToArticles';
    back.textContent = t('draft.backToArticles');
  }
  buildEditors();
  wire();
  await load();
  if (!articleMode) loadMergeCandidates();
}

function path(suffix = '') {
  return (articleMode ? '/api/knowledge/articles/' : '/api/knowledge/drafts/') + encodeURIComponent(id) + suffix;
}

/** An article seen through the draft editor's eyes */
function fromServer(data) {
  if (!articleMode || !data) return data;
  const translations = translationsOf(data);
  const source = translations[data.language] || Object.values(translations)[0] || {};
  return {...data, title: source.title, articleId: data.id, allowedTransitions: [], questions: []};
}

async function load() {
  const loading = $('#draft-loading');
  if (!draft) showLoading(loading);
  try {
    draft = fromServer(await api.get(path()));
    clear(loading);
    done(loading);
    render();
  } catch (error) {
    if (!draft && (error.status === 404 || error.status === 400)) {
      // no such draft or article (any more), or an id that cannot be one: say so in the editor's language
      missing = true;
      renderMissing();
    } else {
      showError(loading, error, load);
    }
  }
}

function renderMissing() {
  const loading = $('#draft-loading');
  done(loading);
  const key = articleMode ? 'draft.articleNotFound' : 'draft.notFound';
  document.title = t(key) + ' · Wegwijs';
  loading.replaceChildren(el('div', {class: 'alert warn', id: 'draft-missing'},
    el('h1', {tabindex: '-1'}, t(key)),
    el('p', {}, t('draft.notFoundHint'))));
}

function translationsOf(d) {
  const tr = d.translations || {};
  if (Array.isArray(tr)) return Object.fromEntries(tr.map((x) => [x.language, x]));
  return tr;
}

function sourceLanguage() {
  return draft.sourceLanguage || draft.language || 'nl';
}

function isOutdated(lang, tr) {
  return Boolean((tr && tr.outdated) || (draft.outdatedLanguages || draft.outdatedTranslations || []).includes(lang));
}

/* ---------- translations ---------- */

function buildEditors() {
  for (const lang of LANGUAGES) {
    const legend = el('legend', {});
    const title = el('input', {type: 'text', id: 'tr-' + lang + '-title', name: 'translations.' + lang + '.title', lang, maxlength: '300',
      'data-field': `translations[${lang}].title translations.${lang}`});
    const body = el('textarea', {id: 'tr-' + lang + '-body', name: 'translations.' + lang + '.body', lang, rows: '16', maxlength: '20000',
      'data-field': `translations[${lang}].body translations[${lang}]`});
    const titleLabel = el('label', {for: title.id});
    const bodyLabel = el('label', {for: body.id});
    const fieldset = el('fieldset', {id: 'tr-' + lang, class: 'translation', dataset: {lang}},
      legend,
      el('div', {class: 'field'}, titleLabel, title),
      el('div', {class: 'field'}, bodyLabel, body));
    for (const input of [title, body]) input.addEventListener('input', () => { dirty = true; });
    editors[lang] = {fieldset, legend, title, body, titleLabel, bodyLabel};
    $('#translation-store').append(fieldset);
  }
  labelEditors();
}

function labelEditors() {
  for (const lang of LANGUAGES) {
    const e = editors[lang];
    const tr = draft ? translationsOf(draft)[lang] : null;
    clear(e.legend).append(languageName(lang) + ' (' + lang + ')');
    if (draft && lang === sourceLanguage()) e.legend.append(' ', el('span', {class: 'badge info'}, t('draft.source')));
    if (draft && isOutdated(lang, tr)) e.legend.append(' ', el('span', {class: 'badge warn'}, t('draft.outdated')));
    if (draft && !(tr && (tr.title || tr.body))) e.legend.append(' ', el('span', {class: 'badge'}, t('draft.missing')));
    e.titleLabel.textContent = t('draft.fieldTitle') + ' (' + lang + ')';
    e.bodyLabel.textContent = t('draft.fieldBody') + ' (' + lang + ')';
  }
}

function fillColumnSelects() {
  for (const select of [$('#left-language'), $('#right-language')]) {
    const value = select.value;
    clear(select);
    for (const lang of LANGUAGES) select.append(el('option', {value: lang}, languageName(lang) + ' (' + lang + ')'));
    if (value) select.value = value;
  }
}

function placeColumns() {
  let left = $('#left-language').value;
  let right = $('#right-language').value;
  if (left === right) {
    right = LANGUAGES.find((l) => l !== left);
    $('#right-language').value = right;
  }
  for (const lang of LANGUAGES) {
    const target = lang === left ? '#column-left' : lang === right ? '#column-right' : '#translation-store';
    $(target).append(editors[lang].fieldset);
  }
}

function showLanguage(lang) {
  if ($('#left-language').value !== lang && $('#right-language').value !== lang) {
    $('#right-language').value = lang;
    placeColumns();
  }
}

function collect() {
  const translations = {};
  for (const lang of LANGUAGES) {
    const title = editors[lang].title.value.trim();
    const body = editors[lang].body.value.trim();
    if (title || body) translations[lang] = {title, body};
  }
  return {translations};
}

/* ---------- rendering ---------- */

function render() {
  renderHeader();
  fillEditors();
  renderWarnings();
  if (articleMode) renderVersions();
  else renderQuestions();
}

function renderVersions() {
  const versions = draft.history || [];
  let box = $('#versions');
  if (!box) {
    box = el('section', {id: 'versions', 'aria-labelledby': 'versions-title'});
    $('#draft').append(box);
  }
  clear(box).append(el('h2', {id: 'versions-title'}, t('draft.versions')));
  if (!versions.length) return box.append(el('p', {class: 'meta'}, t('common.empty')));
  box.append(el('ol', {class: 'list-plain'}, versions.slice().reverse().map((v) => el('li', {class: 'card'},
    el('strong', {}, t('draft.version', {n: v.version})), ' ',
    el('span', {class: 'meta'}, joined([userText(v.changedBy), formatDateTime(v.changedAt), Object.keys(v.translations || {}).join(', ')]))))));
}

function renderHeader() {
  document.title = (draft.title ? isolate(draft.title) : t('draft.title')) + ' · Wegwijs';
  $('#draft').hidden = false;
  clear($('#draft-heading')).append(userText(draft.title) || t('drafts.untitled'));
  $('#draft-heading').lang = draft.language || '';
  const meta = clear($('#draft-meta'));
  meta.append(statusBadge(draft.status), ' ',
    t('draft.askedTimes', {n: draft.questionCount ?? (draft.questions || []).length}), ' · ',
    t('draft.updatedAt', {date: formatDateTime(draft.updatedAt)}));
  if (articleMode) {
    meta.append(' · ', t('draft.version', {n: draft.version ?? '?'}));
    if (draft.reviewBy) meta.append(' · ', t('articles.reviewBy'), ' ', formatDate(draft.reviewBy));
  }
  if (draft.articleId) {
    meta.append(' · ', el('a', {href: '/article.html?id=' + encodeURIComponent(draft.articleId)}, t('draft.viewArticle')));
  }
}

function editable() {
  if (articleMode) return draft.status === 'PUBLISHED';
  return draft.status === 'OPEN' || draft.status === 'IN_REVIEW';
}

/** Where the draft may go next: from the server's allowedTransitions, or the documented workflow. */
function mayMoveTo(status) {
  const allowed = draft.allowedTransitions || {OPEN: ['IN_REVIEW', 'PUBLISHED', 'REJECTED'], IN_REVIEW: ['PUBLISHED', 'REJECTED', 'OPEN'], REJECTED: ['OPEN']}[draft.status] || [];
  return allowed.includes(status);
}

/** Buttons follow the status (also after busy() gave them back their old state). */
function applyEditable() {
  if (!draft) return;
  $('#save-draft').disabled = !editable();
  $('#review').hidden = !mayMoveTo('IN_REVIEW');
  $('#publish').disabled = !mayMoveTo('PUBLISHED');
  $('#reject').disabled = !mayMoveTo('REJECTED');
  $('#reopen-draft').hidden = !mayMoveTo('OPEN');
  if (articleMode) for (const b of ['#review', '#publish', '#reject', '#reopen-draft']) $(b).hidden = true;
}

function fillEditors() {
  const canEdit = editable();
  applyEditable();
  const translations = translationsOf(draft);
  for (const lang of LANGUAGES) {
    const tr = translations[lang] || {};
    editors[lang].title.value = tr.title || '';
    editors[lang].body.value = tr.body || '';
    editors[lang].title.readOnly = !canEdit;
    editors[lang].body.readOnly = !canEdit;
  }
  dirty = false;
  labelEditors();
  fillColumnSelects();
  if (!$('#left-language').dataset.chosen) {
    const source = sourceLanguage();
    $('#left-language').value = LANGUAGES.includes(source) ? source : 'nl';
    $('#right-language').value = LANGUAGES.find((l) => l !== $('#left-language').value && !(translations[l] && translations[l].title))
      || LANGUAGES.find((l) => l !== $('#left-language').value);
  }
  placeColumns();
}

function renderQuestions() {
  const box = clear($('#questions'));
  const questions = draft.questions || [];
  $('#split').disabled = questions.length < 2;
  if (!questions.length) {
    box.append(el('p', {class: 'meta'}, t('draft.noQuestions')));
    return;
  }
  const canSeeTickets = hasRole(me, 'AGENT', 'SUPERLOCAL');
  const list = el('ul', {class: 'list-plain'});
  questions.forEach((q, index) => {
    const checkbox = el('input', {type: 'checkbox', name: 'ticketIds', value: q.ticketId || q.id || ''});
    list.append(el('li', {class: 'card question-item', dataset: {ticketId: q.ticketId || ''}},
      el('label', {class: 'question-label'}, checkbox, ' ', languageBadge(q.language), ' ',
        el('span', {class: 'pre', lang: q.language && q.language !== 'und' ? q.language : null}, q.erased || !q.text ? t('draft.erased') : userText(q.text))),
      q.askedAt ? el('div', {class: 'meta'}, t('draft.askedOn', {date: formatDateTime(q.askedAt)})) : null,
      el('div', {class: 'meta'}, el('strong', {}, t('draft.why')), ' ', renderWhy(q, index)),
      canSeeTickets && q.ticketId ? el('div', {class: 'meta'}, el('a', {href: '/staff/ticket.html?id=' + encodeURIComponent(q.ticketId)}, t('draft.openTicket'))) : null));
  });
  box.append(list);
}

function fixed(n) {
  return Number(n).toFixed(2);
}

/** knowledge-service's grouping record: the decision, the score against the threshold, and its parts. */
function renderGrouping(g) {
  const parts = document.createDocumentFragment();
  const score = g.score && typeof g.score === 'object' ? g.score : null;
  const total = score ? score.score : g.score;
  const decision = String(g.decision || '');
  if (decision === 'joined') parts.append(t('draft.joined', {score: fixed(total ?? 0), threshold: fixed(g.threshold ?? 0)}));
  else if (decision === 'new draft') parts.append(t('draft.newDraft', {score: fixed(total ?? 0), threshold: fixed(g.threshold ?? 0)}));
  else if (decision) parts.append(decision);
  if (g.matchedTicketId) {
    const match = (draft.questions || []).find((x) => x.ticketId === g.matchedTicketId);
    if (match && match.text) parts.append(' ', tn('draft.mostLike', {text: userText(match.text.length > 80 ? match.text.slice(0, 79) + '…' : match.text)}));
  }
  if (score) {
    const signals = [['concepts', 'draft.sig.concepts'], ['terms', 'draft.sig.terms'], ['answers', 'draft.sig.answers'], ['topic', 'draft.sig.topic'], ['semantic', 'draft.sig.semantic']]
      .filter(([k]) => score[k] != null && Number(score[k]) !== 0)
      .map(([k, key]) => t(key) + ' ' + fixed(score[k]));
    const items = [];
    if (signals.length) items.push(t('draft.signals', {list: signals.join(' · ')}));
    if ((score.sharedConcepts || []).length) items.push(t('draft.concepts', {list: score.sharedConcepts.join(', ')}));
    if ((score.conflicts || []).length) items.push(t('draft.conflicts', {list: score.conflicts.join(', ')}));
    if (items.length) parts.append(el('ul', {}, items.map((i) => el('li', {}, i))));
  }
  return parts;
}

/** The grouping explanation, in whatever shape knowledge-service gives it. */
function renderWhy(q, index) {
  if (q.grouping && typeof q.grouping === 'object' && !Array.isArray(q.grouping) && 'decision' in q.grouping) return renderGrouping(q.grouping);
  const why = q.reason ?? q.reasons ?? q.explanation ?? q.why ?? q.groupedBecause ?? q.grouping;
  const parts = document.createDocumentFragment();
  const describe = (o) => {
    if (o == null) return '';
    if (typeof o !== 'object') return String(o);
    const kind = o.signal || o.kind || o.type || o.criterion || o.name || '';
    const detail = o.detail || o.value || o.concept || o.term || o.terms || '';
    const weight = o.weight ?? o.score ?? o.contribution;
    return [kind, Array.isArray(detail) ? detail.join(', ') : detail].filter(Boolean).join(': ')
      + (weight != null ? ' (' + Number(weight).toFixed(2) + ')' : '');
  };
  if (Array.isArray(why) && why.length) {
    parts.append(el('ul', {}, why.map((w) => el('li', {}, describe(w)))));
  } else if (why && typeof why === 'object') {
    parts.append(el('ul', {}, Object.entries(why).map(([k, v]) => el('li', {}, k + ': ' + (typeof v === 'object' ? JSON.stringify(v) : v)))));
  } else if (why) {
    parts.append(String(why));
  } else {
    parts.append(index === 0 ? t('draft.firstQuestion') : t('draft.noReason'));
  }
  const concepts = q.matchedConcepts || q.sharedConcepts || q.concepts;
  if (Array.isArray(concepts) && concepts.length) parts.append(' ', t('draft.concepts', {list: concepts.join(', ')}));
  const score = q.score ?? q.similarity;
  if (score != null && !(why && typeof why === 'string' && why.includes(String(score)))) parts.append(' ', t('draft.similarity', {score: Number(score).toFixed(2)}));
  return parts;
}

/** Kinds that identify one person (knowledge-service's PersonalData.Kind#identifiesAPerson): publishing is refused. */
const REFUSED_KINDS = new Set(['BSN', 'IBAN', 'DOCUMENT']);

/** The kind in the page's language; a kind this page does not know yet is "personal data", never its raw name. */
function kindLabel(kind) {
  const key = 'draft.pd.' + kind;
  return kind && has(key) ? t(key) : t('draft.pd.other');
}

/** What looks like personal data in the saved text, by field and kind (never the value), next to the publish button. */
function renderWarnings() {
  const box = $('#personal-data-warnings');
  const warnings = (draft.personalDataWarnings || []).filter((w) => w && w.field);
  if (!editable() || !warnings.length) {
    hideAlert(box);
    return;
  }
  const alert = showAlert(box, 'warn', t('draft.pdTitle'));
  alert.append(el('p', {class: 'meta'}, t('draft.pdIntro')));
  alert.append(el('ul', {}, warnings.map((w) => {
    const [, lang, part] = /^translations\.([a-z]{2})\.(title|body)$/.exec(w.field) || [];
    const kind = kindLabel(w.kind);
    const where = lang ? languageName(lang) + ' (' + lang + '), ' + t(part === 'title' ? 'draft.fieldTitle' : 'draft.fieldBody') : w.field;
    const refused = REFUSED_KINDS.has(w.kind);
    const editor = lang && editors[lang] ? editors[lang][part] : null;
    return el('li', {dataset: {field: w.field, kind: w.kind}},
      where + ': ', el('strong', {}, kind),
      refused ? ' (' + t('draft.pdRefused') + ')' : null,
      editor ? ' ' : null,
      editor ? el('button', {type: 'button', class: 'btn small', onclick: () => { showLanguage(lang); editor.focus(); }}, t('draft.pdShow')) : null);
  })));
}

/* ---------- actions ---------- */

/** A field error in a language that is not in either column: bring that language into view. */
function revealInvalid() {
  const invalid = $('#translations-form [aria-invalid="true"]');
  if (invalid) {
    showLanguage(invalid.lang);
    invalid.focus();
  }
}

async function save() {
  clearFieldErrors($('#translations-form'));
  hideAlert($('#draft-alert'));
  try {
    const updated = await api.put(path(), collect());
    dirty = false;
    if (updated && typeof updated === 'object' && updated.id) {
      draft = fromServer(updated);
      render();
    }
    showAlert($('#draft-alert'), 'success', t('common.saved'));
    announce(t('common.saved'));
    return true;
  } catch (error) {
    showProblem($('#translations-form'), $('#draft-alert'), error);
    revealInvalid();
    return false;
  }
}

function wire() {
  for (const select of [$('#left-language'), $('#right-language')]) {
    select.addEventListener('change', () => {
      $('#left-language').dataset.chosen = 'yes';
      placeColumns();
    });
  }
  $('#save-draft').addEventListener('click', () => busy($('#save-draft'), save).finally(applyEditable));
  $('#publish').addEventListener('click', () => busy($('#publish'), async () => {
    if (dirty && !(await save())) return;
    hideAlert($('#draft-alert'));
    try {
      const result = await api.post(path('/publish'));
      const articleId = result && (result.articleId || result.id);
      const box = showAlert($('#draft-alert'), 'success', t('draft.published'));
      if (articleId) {
        box.append(el('p', {}, el('a', {href: '/article.html?id=' + encodeURIComponent(articleId), id: 'published-article'}, t('draft.viewArticle')),
          ' · ', el('a', {href: '/staff/articles.html'}, t('nav.articles'))));
      }
      announce(t('draft.published'));
      await load();
      box.focus();
    } catch (error) {
      await load();
      showProblem($('#translations-form'), $('#draft-alert'), error);
      revealInvalid();
    }
  }).finally(applyEditable));
  $('#review').addEventListener('click', () => move('#review', '/review', 'draft.inReview'));
  $('#reopen-draft').addEventListener('click', () => move('#reopen-draft', '/reopen', 'draft.reopened'));
  $('#reject').addEventListener('click', () => {
    if (!confirm(t('draft.confirmReject'))) return;
    busy($('#reject'), async () => {
      hideAlert($('#draft-alert'));
      try {
        await api.post(path('/reject'));
        showAlert($('#draft-alert'), 'success', t('draft.rejected'));
        announce(t('draft.rejected'));
        await load();
      } catch (error) {
        showProblem(null, $('#draft-alert'), error);
      }
    }).finally(applyEditable);
  });

  $('#split-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    hideAlert($('#split-alert'));
    const ticketIds = [...e.target.querySelectorAll('input[name="ticketIds"]:checked')].map((c) => c.value);
    if (!ticketIds.length) {
      showAlert($('#split-alert'), 'error', t('draft.splitNone')).focus();
      return;
    }
    if (ticketIds.length === (draft.questions || []).length) {
      showAlert($('#split-alert'), 'error', t('draft.splitAll')).focus();
      return;
    }
    try {
      const created = await busy($('#split'), () => api.post(path('/split'), {ticketIds}));
      const box = showAlert($('#split-alert'), 'success', t('draft.splitDone'));
      const newId = created && (created.id || created.draftId);
      if (newId) box.append(el('p', {}, el('a', {href: '/staff/draft.html?id=' + encodeURIComponent(newId)}, t('draft.openNew'))));
      announce(t('draft.splitDone'));
      await load();
    } catch (error) {
      showProblem(null, $('#split-alert'), error);
    }
  });

  $('#merge-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    hideAlert($('#merge-alert'));
    const other = $('#merge-with').value;
    if (!other) {
      $('#merge-with').focus();
      return;
    }
    if (!confirm(t('draft.confirmMerge'))) return;
    try {
      await busy($('#merge-submit'), () => api.post(path('/merge'), {draftId: other}));
      showAlert($('#merge-alert'), 'success', t('draft.merged'));
      announce(t('draft.merged'));
      await load();
      loadMergeCandidates();
    } catch (error) {
      showProblem(e.target, $('#merge-alert'), error);
    }
  });

  window.addEventListener('beforeunload', (e) => {
    if (dirty) e.preventDefault();
  });
  onChange(() => {
    if (missing) renderMissing();
    if (draft) {
      renderHeader();
      labelEditors();
      fillColumnSelects();
      renderQuestions();
      renderWarnings();
    }
  });
}

function move(button, suffix, doneKey) {
  return busy($(button), async () => {
    hideAlert($('#draft-alert'));
    try {
      if (dirty && !(await save())) return;
      draft = await api.post(path(suffix));
      render();
      showAlert($('#draft-alert'), 'success', t(doneKey));
      announce(t(doneKey));
    } catch (error) {
      showProblem(null, $('#draft-alert'), error);
    }
  }).finally(applyEditable);
}

async function loadMergeCandidates() {
  const select = $('#merge-with');
  try {
    const open = itemsOf(await api.get('/api/knowledge/drafts', {status: 'OPEN', size: 100}));
    const first = select.options[0];
    clear(select).append(first);
    for (const d of open.filter((x) => x.id !== id)) {
      select.append(el('option', {value: d.id}, (d.title ? isolate(d.title) : t('drafts.untitled')) + ' (' + (d.questionCount ?? 0) + ' · ' + (d.language || '?') + ')'));
    }
  } catch {
    // the form still shows; merging reports its own error
  }
}
