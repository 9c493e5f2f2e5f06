// Ticket page.
//   GET  /api/helpdesk/tickets/{id}               question, language, topic, contact (if allowed), history, notes
//   GET  /api/helpdesk/tickets/{id}/suggestions   {items: [{articleId, title, snippet, language, score}], available?}
//   GET  /api/public/kb/articles/{id}?lang=       to insert an article into the answer
//   POST /api/helpdesk/tickets/{id}/answer        {text, language, topic?}
//   POST /api/helpdesk/tickets/{id}/assign        {assignee}
//   POST /api/helpdesk/tickets/{id}/close | /reopen
//   PATCH /api/helpdesk/tickets/{id}              {language, topic}   (correct the detected language / topic)
//   POST /api/helpdesk/tickets/{id}/notes         {text}       (internal note)
//   POST /api/helpdesk/tickets/{id}/approve       (a superlocal's answer, by staff)
// What may be done comes from the ticket's allowedActions (assign, answer, close, reopen, approve).
import {initStaffPage, hasRole} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {
  announce, busy, clear, clearFieldErrors, done, el, formatDateTime, hideAlert, isolate, joined, languageName, param,
  plainText, renderHighlighted, showAlert, showEmpty, showError, showLoading, showProblem, tn, userText, $,
} from '../../js/ui.js';
import {LANGUAGES, fillTopicSelect, languageOptions, loadTopics, statusBadge, topicLabel} from './common.js';
import '../../js/lang/helpdesk.js';

const id = param('id');
const me = await initStaffPage({page: 'inbox', roles: ['AGENT', 'SUPERLOCAL']});
let ticket = null;
let missing = false;
let topics = [];
let answerFormFilled = false;
let suggestionData = null;

if (me) {
  wire();
  topics = await loadTopics();
  await load();
  if (ticket) loadSuggestions();
}

function path(suffix = '') {
  return '/api/helpdesk/tickets/' + encodeURIComponent(id) + suffix;
}

async function load() {
  const loading = $('#ticket-loading');
  if (!ticket) showLoading(loading);
  try {
    ticket = await api.get(path());
    clear(loading);
    done(loading);
    render();
  } catch (error) {
    if (!ticket && (error.status === 404 || error.status === 400)) {
      // no such question (any more), or an id that cannot be one: say so in the agent's language
      missing = true;
      renderMissing();
    } else {
      showError(loading, error, load);
    }
  }
}

function renderMissing() {
  const loading = $('#ticket-loading');
  done(loading);
  document.title = t('ticket.notFound') + ' · Wegwijs';
  loading.replaceChildren(el('div', {class: 'alert warn', id: 'ticket-missing'},
    el('h1', {tabindex: '-1'}, t('ticket.notFound')),
    el('p', {}, t('ticket.notFoundHint'))));
}

function questionText() {
  return ticket.question ?? ticket.text ?? '';
}

/** The ticket says what its status allows; close, reopen and approve are for staff only. */
function can(action) {
  const allowed = Array.isArray(ticket.allowedActions) ? ticket.allowedActions.map((a) => String(a).toLowerCase()) : null;
  const staffOnly = ['close', 'reopen', 'approve'].includes(action);
  if (staffOnly && !hasRole(me, 'AGENT')) return false;
  if (allowed) return allowed.includes(action);
  const status = ticket.status;
  return {answer: status !== 'CLOSED', assign: status === 'OPEN' || status === 'ASSIGNED', close: status !== 'CLOSED',
    reopen: status === 'CLOSED' || status === 'ANSWERED', approve: Boolean(ticket.pendingAnswer)}[action];
}

function render() {
  $('#ticket').hidden = false;
  const lang = ticket.language && ticket.language !== 'und' ? ticket.language : null;
  const q = $('#question');
  clear(q).append(ticket.erased ? t('ticket.erased') : userText(questionText()) || '');
  if (lang) q.lang = lang; else q.removeAttribute('lang');
  const detected = ticket.detectedLanguage && ticket.detectedLanguage !== ticket.language
    ? ' · ' + t('ticket.detectedAs', {language: languageName(ticket.detectedLanguage)}) : '';
  $('#question-meta').textContent = t('ticket.askedAt', {date: formatDateTime(ticket.createdAt)}) + ' · '
    + languageName(ticket.language) + detected + (ticket.transliterated ? ' · ' + t('ticket.transliterated') : '');

  renderDetails();
  renderContact();
  renderAnswers();
  renderNotes();
  renderHistory();

  renderPending();
  $('#close-ticket').hidden = !can('close');
  $('#reopen-ticket').hidden = !can('reopen');
  $('#answer-section').hidden = !can('answer');
  $('#assign-form').hidden = !can('assign');

  languageOptions($('#ticket-language'), ticket.language, {includeUnd: true});
  fillTopicSelect($('#ticket-topic'), activeTopics(), ticket.topic);
  if (!answerFormFilled) {
    languageOptions($('#answer-language'), LANGUAGES.includes(ticket.language) ? ticket.language : 'nl');
    fillTopicSelect($('#answer-topic'), activeTopics(), ticket.topic || ticket.suggestedTopic);
    answerFormFilled = true;
  }
  $('#answer-topic-hint').textContent = !ticket.topic && ticket.suggestedTopic
    ? t('ticket.suggestedTopic', {topic: topicLabel(topics, ticket.suggestedTopic)}) : '';
  const suggestions = (ticket.suggestedAssignees || []).map((x) => (typeof x === 'string' ? {username: x} : x));
  const datalist = clear($('#assignee-suggestions'));
  for (const x of suggestions) {
    datalist.append(el('option', {value: x.username}, isolate(x.displayName || x.username)
      + (x.languages && x.languages.length ? ' (' + x.languages.join(', ') + ')' : '')
      + (x.openTickets != null ? ' · ' + t('ticket.openTickets', {n: x.openTickets}) : '')));
  }
  const speakers = suggestions.filter((x) => x.speaksLanguage !== false);
  $('#assignee-hint').replaceChildren(speakers.length
    ? tn('ticket.speaks', {language: languageName(ticket.language), names: el('span', {}, joined(speakers.map((x) =>
      el('span', {}, userText(x.displayName || x.username), x.openTickets != null ? ' (' + t('ticket.openTickets', {n: x.openTickets}) + ')' : '')), ', '))})
    : '');
}

function activeTopics() {
  return topics.filter((x) => x.active !== false);
}

function renderPending() {
  const pending = ticket.pendingAnswer;
  $('#pending-section').hidden = !pending;
  if (!pending) return;
  clear($('#pending')).append(el('div', {class: 'card'},
    el('p', {class: 'meta'}, joined([userText(pending.by), formatDateTime(pending.at), pending.language ? languageName(pending.language) : null,
      pending.topic ? topicLabel(topics, pending.topic) : null])),
    el('div', {class: 'pre', lang: pending.language || null}, userText(pending.text))));
  $('#approve-answer').hidden = !can('approve');
}

function renderDetails() {
  const dl = clear($('#details'));
  const add = (key, value) => dl.append(el('dt', {}, t(key)), el('dd', {}, value ?? '–'));
  add('common.status', statusBadge(ticket.status));
  add('common.language', languageName(ticket.language) + ' (' + (ticket.language || '?') + ')');
  add('common.topic', topicLabel(topics, ticket.topic));
  add('ticket.channel', ticket.channel ? t('channel.' + ticket.channel) : null);
  add('inbox.assignee', userText(ticket.assigneeName || ticket.assignee) || t('inbox.unassigned'));
  add('ticket.created', formatDateTime(ticket.createdAt));
  if (ticket.trackingCode) add('ticket.trackingCode', el('code', {}, ticket.trackingCode));
  if (ticket.caseId) add('ticket.case', ticket.caseId);
}

function renderContact() {
  const box = clear($('#contact'));
  const c = ticket.contact || {name: ticket.name, email: ticket.email, phone: ticket.phone};
  const has = c && (c.name || c.email || c.phone);
  if (!has) {
    const hiddenForRole = !hasRole(me, 'AGENT') && hasRole(me, 'SUPERLOCAL');
    box.append(el('p', {class: 'meta'}, t(hiddenForRole || ticket.contactHidden ? 'ticket.contactHidden' : 'ticket.noContact')));
    return;
  }
  const dl = el('dl', {class: 'kv'});
  if (c.name) dl.append(el('dt', {}, t('ticket.name')), el('dd', {}, userText(c.name)));
  if (c.email) dl.append(el('dt', {}, t('ticket.email')), el('dd', {}, el('a', {href: 'mailto:' + plainText(c.email)}, userText(c.email))));
  if (c.phone) dl.append(el('dt', {}, t('ticket.phone')), el('dd', {}, el('a', {href: 'tel:' + String(c.phone).replace(/[^+\d]/g, '')}, userText(c.phone))));
  box.append(dl);
}

function renderAnswers() {
  const answers = Array.isArray(ticket.answers) ? ticket.answers
    : ticket.answer ? [{text: ticket.answer, language: ticket.answerLanguage, answeredAt: ticket.answeredAt || ticket.firstAnsweredAt, author: ticket.answeredBy}] : [];
  $('#answers-section').hidden = !answers.length;
  const box = clear($('#answers'));
  for (const a of answers) {
    const text = typeof a === 'string' ? a : a.text;
    box.append(el('div', {class: 'card'},
      el('p', {class: 'meta'}, joined([userText(a.author || a.answeredBy), formatDateTime(a.answeredAt || a.createdAt || a.at), a.language ? languageName(a.language) : null,
        a.status && a.status !== 'SENT' ? t('status.' + a.status) : null])),
      el('div', {class: 'pre', lang: a.language || null}, userText(text))));
  }
}

function renderNotes() {
  const notes = ticket.notes || [];
  const box = clear($('#notes'));
  if (!notes.length) {
    box.append(el('p', {class: 'meta'}, t('ticket.noNotes')));
    return;
  }
  for (const n of notes) {
    box.append(el('div', {class: 'card'},
      el('p', {class: 'meta'}, joined([userText(n.author || n.createdBy), formatDateTime(n.createdAt || n.at)])),
      el('div', {class: 'pre'}, userText(n.text))));
  }
}

function renderHistory() {
  const events = ticket.history || ticket.events || [];
  const box = clear($('#history'));
  if (!events.length) {
    box.append(el('p', {class: 'meta'}, t('ticket.noHistory')));
    return;
  }
  const list = el('ol', {class: 'list-plain'});
  for (const h of events) {
    const action = h.action || h.type || h.event || '';
    const label = t('history.' + action) === 'history.' + action ? action : t('history.' + action);
    list.append(el('li', {class: 'card'},
      el('strong', {}, label), ' ',
      el('span', {class: 'meta'}, joined([userText(h.actor || h.by || h.who), formatDateTime(h.at || h.occurredAt || h.timestamp)])),
      h.detail || h.note ? el('div', {class: 'pre'}, userText(h.detail || h.note)) : null));
  }
  box.append(list);
}

/* ---------- suggestions ---------- */


async function loadSuggestions() {
  const box = $('#suggestions');
  showLoading(box);
  try {
    suggestionData = await api.get(path('/suggestions'));
    renderSuggestions();
  } catch (error) {
    showError(box, error, loadSuggestions);
  }
}

function renderSuggestions() {
  const box = $('#suggestions');
  const data = suggestionData;
  const items = itemsOf(data);
  const unavailable = data && (data.available === false || data.knowledgeAvailable === false || data.degraded === true || data.unavailable === true);
  clear(box);
  done(box);
  if (unavailable) box.append(el('div', {class: 'alert warn', role: 'status'}, t('ticket.suggestionsUnavailable')));
  if (!items.length) {
    if (!unavailable) showEmpty(box, 'ticket.noSuggestions');
    return;
  }
  const list = el('ul', {class: 'list-plain'});
  for (const s of items) {
    list.append(el('li', {class: 'card suggestion', dataset: {articleId: s.articleId}},
      el('h3', {lang: s.language || null}, el('a', {href: '/article.html?id=' + encodeURIComponent(s.articleId) + '&lang=' + encodeURIComponent(s.language || ''), target: '_blank', rel: 'noopener'}, userText(s.title) || s.articleId)),
      s.snippet ? el('p', {class: 'meta', lang: s.language || null}, renderHighlighted(s.snippet)) : null,
      el('button', {type: 'button', class: 'btn small insert-article', onclick: (e) => insertArticle(s, e.currentTarget)}, t('ticket.insert'))));
  }
  box.append(list);
}

async function insertArticle(suggestion, button) {
  const lang = $('#answer-language').value || suggestion.language;
  const link = location.origin + '/article.html?id=' + encodeURIComponent(suggestion.articleId) + '&lang=' + encodeURIComponent(lang);
  let text;
  try {
    const article = await busy(button, () => api.get('/api/public/kb/articles/' + encodeURIComponent(suggestion.articleId), {lang}));
    text = (article.title ? article.title + '\n\n' : '') + (article.body || '') + '\n\n' + link;
  } catch {
    text = (suggestion.title || '') + '\n\n' + (suggestion.snippet || '').replace(/<\/?(em|b|strong|mark)>/gi, '') + '\n\n' + link;
  }
  const area = $('#answer-text');
  const start = area.selectionStart ?? area.value.length;
  const end = area.selectionEnd ?? area.value.length;
  const before = area.value.slice(0, start);
  const glue = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
  text = plainText(text); // what the knowledge base holds goes on as the agent's answer: no direction controls
  area.value = before + glue + text + area.value.slice(end);
  area.focus();
  const caret = (before + glue + text).length;
  area.setSelectionRange(caret, caret);
  announce(t('ticket.inserted'));
}

/* ---------- actions ---------- */

function wire() {
  $('#answer-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    clearFieldErrors(form);
    hideAlert($('#answer-alert'));
    hideAlert($('#ticket-alert'));
    const text = $('#answer-text').value.trim();
    if (!text) {
      showProblem(form, $('#answer-alert'), {status: 400, errors: [{field: 'text', message: t('ticket.answerEmpty')}]});
      return;
    }
    const body = {text, language: $('#answer-language').value};
    if ($('#answer-topic').value) body.topic = $('#answer-topic').value;
    try {
      const after = await busy($('#answer-submit'), () => api.post(path('/answer'), body));
      $('#answer-text').value = '';
      const key = after && after.pendingAnswer && after.status !== 'ANSWERED' ? 'ticket.answeredForReview' : 'ticket.answered';
      await load();
      // above the question: the answer form may be gone now that the ticket is answered
      showAlert($('#ticket-alert'), 'success', t(key));
      announce(t(key));
    } catch (error) {
      showProblem(form, $('#answer-alert'), error);
    }
  });

  $('#note-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    clearFieldErrors(form);
    hideAlert($('#note-alert'));
    const text = $('#note-text').value.trim();
    if (!text) return $('#note-text').focus();
    try {
      await busy($('#note-submit'), () => api.post(path('/notes'), {text}));
      $('#note-text').value = '';
      announce(t('ticket.noteAdded'));
      await load();
    } catch (error) {
      showProblem(form, $('#note-alert'), error);
    }
  });

  action('#language-form', '#language-submit', () => {
    const body = {language: $('#ticket-language').value};
    if ($('#ticket-topic').value) body.topic = $('#ticket-topic').value;
    return api.patch(path(), body);
  }, 'ticket.languageCorrected');
  $('#approve-answer').addEventListener('click', () => run($('#approve-answer'), () => api.post(path('/approve')), 'ticket.approved'));
  action('#assign-form', '#assign-submit', () => {
    const assignee = $('#assign-to').value.trim();
    if (!assignee) {
      $('#assign-to').focus();
      return Promise.reject(Object.assign(new Error('empty'), {status: 400, errors: [{field: 'assignee', message: t('ticket.assigneeEmpty')}]}));
    }
    return api.post(path('/assign'), {assignee});
  }, 'ticket.assigned');
  $('#assign-me').addEventListener('click', () => {
    $('#assign-to').value = me.username;
    $('#assign-form').requestSubmit();
  });
  $('#close-ticket').addEventListener('click', () => run($('#close-ticket'), () => api.post(path('/close')), 'ticket.closed'));
  $('#reopen-ticket').addEventListener('click', () => run($('#reopen-ticket'), () => api.post(path('/reopen')), 'ticket.reopened'));

  onChange(() => {
    if (missing) renderMissing();
    if (ticket) render();
    if (suggestionData) renderSuggestions();
  });
}

function action(formSelector, buttonSelector, call, doneKey) {
  $(formSelector).addEventListener('submit', (e) => {
    e.preventDefault();
    run($(buttonSelector), call, doneKey, e.target);
  });
}

async function run(button, call, doneKey, form) {
  hideAlert($('#action-alert'));
  if (form) clearFieldErrors(form);
  try {
    await busy(button, call);
    showAlert($('#action-alert'), 'success', t(doneKey));
    announce(t(doneKey));
    await load();
  } catch (error) {
    showProblem(form || null, $('#action-alert'), error);
  }
}
