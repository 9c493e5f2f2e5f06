// Inbox: GET /api/helpdesk/tickets?status=&language=&topic=&assignee=&awaitingReview=&page=&size= (newest first)
//   items {id, status, language, topic, channel, assignee, awaitingReview, preview, createdAt, updatedAt}
// Log a question for someone: POST /api/helpdesk/tickets {text, language?, channel, name?, email?, phone?}
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {announce, busy, clear, clearFieldErrors, done, el, formatDateTime, formatDuration, hideAlert, showEmpty, showError, showLoading, showProblem, userText, $} from '../../js/ui.js';
import {TICKET_STATUSES, durationMs, fillTopicSelect, languageBadge, languageOptions, loadTopics, renderPager, statusBadge, topicLabel} from './common.js';
import '../../js/lang/helpdesk.js';

const PAGE_SIZE = 20;
const HOUR = 3600000;
/** Age of an unanswered ticket / time to first answer: up to a day fine, up to three days late, then overdue. */
const WARN_AFTER = 24 * HOUR;
const BAD_AFTER = 72 * HOUR;

const me = await initStaffPage({page: 'inbox', roles: ['AGENT', 'SUPERLOCAL']});
const filters = $('#inbox-filters');
const list = $('#inbox-list');
let topics = [];
let lastPage = null;
let page = 0;

if (me) {
  for (const s of TICKET_STATUSES) $('#filter-status').append(el('option', {value: s}, t('status.' + s)));
  const query = new URLSearchParams(location.search);
  languageOptions($('#filter-language'), query.get('language'), {includeUnd: true});
  languageOptions($('#log-language'), '');
  $('#filter-status').value = query.get('status') || '';
  $('#filter-assignee').value = query.get('assignee') || '';
  $('#filter-review').checked = query.get('awaitingReview') === 'true';
  page = Number(query.get('page') || 0);
  topics = await loadTopics();
  fillTopicSelect($('#filter-topic'), topics, query.get('topic'));
  wire();
  load();
}

function currentFilters() {
  const values = {};
  for (const name of ['status', 'language', 'topic', 'assignee']) {
    const value = filters.elements[name].value.trim();
    if (value) values[name] = value;
  }
  if ($('#filter-review').checked) values.awaitingReview = 'true';
  return values;
}

function wire() {
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    page = 0;
    load();
  });
  for (const name of ['status', 'language', 'topic', 'awaitingReview']) {
    filters.elements[name].addEventListener('change', () => {
      page = 0;
      load();
    });
  }
  $('#filter-mine').addEventListener('click', () => {
    $('#filter-assignee').value = me.username;
    page = 0;
    load();
  });
  $('#filter-reset').addEventListener('click', () => {
    filters.reset();
    page = 0;
    load();
  });
  $('#log-form').addEventListener('submit', logQuestion);
  onChange(() => {
    for (const o of $('#filter-status').options) if (o.value) o.textContent = t('status.' + o.value);
    fillTopicSelect($('#filter-topic'), topics, $('#filter-topic').value);
    if (lastPage) render(lastPage);
  });
}

async function load() {
  const params = {...currentFilters(), page, size: PAGE_SIZE};
  const shown = new URLSearchParams(currentFilters());
  if (page) shown.set('page', String(page));
  history.replaceState(null, '', '?' + shown);
  showLoading(list);
  clear($('#inbox-pager'));
  try {
    lastPage = await api.get('/api/helpdesk/tickets', params);
    render(lastPage);
  } catch (error) {
    lastPage = null;
    showError(list, error, load);
  }
}

function ageClass(ms) {
  if (ms == null) return '';
  return ms >= BAD_AFTER ? 'age-bad' : ms >= WARN_AFTER ? 'age-warn' : 'age-ok';
}

function ageLabel(ms) {
  return ms >= BAD_AFTER ? t('inbox.overdue') : ms >= WARN_AFTER ? t('inbox.late') : null;
}

function firstAnswerMs(ticket) {
  const direct = durationMs(ticket.timeToFirstAnswer ?? ticket.responseTime ?? null)
    ?? durationMs(ticket.secondsToFirstAnswer ?? ticket.timeToFirstAnswerSeconds ?? ticket.responseTimeSeconds ?? null);
  if (direct != null) return direct;
  const answered = ticket.firstAnsweredAt || ticket.firstAnswerAt || ticket.firstResponseAt || ticket.answeredAt;
  return answered && ticket.createdAt ? new Date(answered) - new Date(ticket.createdAt) : null;
}

function timingCell(ticket) {
  const waiting = ticket.status === 'OPEN' || ticket.status === 'ASSIGNED';
  const answeredIn = firstAnswerMs(ticket);
  if (waiting && answeredIn == null) {
    const age = ticket.createdAt ? Date.now() - new Date(ticket.createdAt) : null;
    const label = ageLabel(age);
    return el('td', {class: 'num ' + ageClass(age), title: formatDateTime(ticket.createdAt)},
      formatDuration(age), label ? el('span', {class: 'visually-hidden'}, ' (' + label + ')') : null,
      label ? el('span', {'aria-hidden': 'true'}, age >= BAD_AFTER ? ' ▲' : ' △') : null);
  }
  if (answeredIn == null) {
    // answered, but the list does not say how fast: the question's age, without colour
    const age = ticket.createdAt ? Date.now() - new Date(ticket.createdAt) : null;
    return el('td', {class: 'num meta', title: formatDateTime(ticket.createdAt)}, formatDuration(age));
  }
  const label = ageLabel(answeredIn);
  return el('td', {class: 'num ' + ageClass(answeredIn), title: formatDateTime(ticket.createdAt)},
    answeredIn != null ? t('inbox.answeredIn', {time: formatDuration(answeredIn)}) : '–',
    label ? el('span', {class: 'visually-hidden'}, ' (' + label + ')') : null);
}

function excerpt(text, max = 140) {
  const s = String(text || '').replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Without the topic list (GET /api/helpdesk/topics unavailable) the filter still offers the topics seen. */
function rememberTopics(items) {
  const select = $('#filter-topic');
  for (const code of new Set(items.map((x) => x.topic).filter(Boolean))) {
    if (![...select.options].some((o) => o.value === code)) select.append(el('option', {value: code}, topicLabel(topics, code)));
  }
}

function render(data) {
  const items = itemsOf(data);
  done(list);
  rememberTopics(items);
  announce(t('inbox.count', {n: data.total ?? items.length}));
  if (!items.length) {
    showEmpty(list, 'inbox.empty');
    clear($('#inbox-pager'));
    return;
  }
  const head = el('thead', {}, el('tr', {},
    el('th', {scope: 'col', class: 'num'}, t('inbox.col.time')),
    el('th', {scope: 'col'}, t('common.status')),
    el('th', {scope: 'col'}, t('common.language')),
    el('th', {scope: 'col'}, t('inbox.col.question')),
    el('th', {scope: 'col', class: 'hide-narrow'}, t('common.topic')),
    el('th', {scope: 'col', class: 'hide-narrow'}, t('inbox.assignee'))));
  const body = el('tbody');
  for (const ticket of items) {
    const href = '/staff/ticket.html?id=' + encodeURIComponent(ticket.id);
    const row = el('tr', {class: 'ticket-row', dataset: {ticketId: ticket.id}},
      timingCell(ticket),
      el('td', {}, statusBadge(ticket.status), ticket.awaitingReview ? [' ', el('span', {class: 'badge warn'}, t('inbox.review'))] : null),
      el('td', {}, languageBadge(ticket.language)),
      el('td', {class: 'excerpt'}, el('a', {href, lang: ticket.language && ticket.language !== 'und' ? ticket.language : null},
        userText(excerpt(ticket.preview ?? ticket.question ?? ticket.text ?? ticket.excerpt)) || t('inbox.noText'))),
      el('td', {class: 'hide-narrow'}, topicLabel(topics, ticket.topic)),
      el('td', {class: 'hide-narrow'}, userText(ticket.assigneeName || ticket.assignee) || el('span', {class: 'meta'}, t('inbox.unassigned'))));
    row.addEventListener('click', (e) => {
      if (e.target.closest('a') || window.getSelection().toString()) return;
      location.assign(href);
    });
    body.append(row);
  }
  clear(list).append(el('table', {}, el('caption', {class: 'visually-hidden'}, t('inbox.title')), head, body));
  renderPager($('#inbox-pager'), {page: data.page ?? page, size: data.size ?? PAGE_SIZE, total: data.total ?? items.length}, (p) => {
    page = p;
    load();
    $('#main').focus();
  });
}

async function logQuestion(event) {
  event.preventDefault();
  const form = event.target;
  clearFieldErrors(form);
  hideAlert($('#log-alert'));
  const body = {channel: form.elements.channel.value};
  for (const name of ['text', 'language', 'name', 'email', 'phone']) {
    const value = form.elements[name].value.trim();
    if (value) body[name] = value;
  }
  try {
    const ticket = await busy($('#log-submit'), () => api.post('/api/helpdesk/tickets', body));
    form.reset();
    announce(t('log.done'));
    location.assign('/staff/ticket.html?id=' + encodeURIComponent(ticket.id));
  } catch (error) {
    showProblem(form, $('#log-alert'), error);
  }
}
