// Pieces several staff pages share: topics, status badges, paging, language options.
import {api, itemsOf} from '../../js/api.js';
import {t, language, onChange} from '../../js/i18n.js';
import {el, clear, languageName} from '../../js/ui.js';

export const LANGUAGES = ['uk', 'ru', 'nl', 'en'];
export const TICKET_STATUSES = ['OPEN', 'ASSIGNED', 'ANSWERED', 'CLOSED'];

let topicsPromise = null;

/** Topics from GET /api/helpdesk/topics ([{code, name|label|names{lang}}]); [] when unavailable. */
export function loadTopics() {
  if (!topicsPromise) {
    topicsPromise = api.get('/api/helpdesk/topics').then(itemsOf).catch(() => []);
  }
  return topicsPromise;
}

export function topicLabel(topics, code) {
  if (!code) return t('common.noTopic');
  const topic = topics.find((x) => (x.code || x.id) === code);
  if (!topic) return code;
  const names = topic.names || topic.labels;
  return (names && (names[language()] || names.en || names.nl)) || topic.name || topic.label || code;
}

/** Fills a <select> with topics (keeps the current value, first option kept as "any"/"none"). */
export function fillTopicSelect(select, topics, value) {
  const keep = select.options[0] && select.options[0].value === '' ? select.options[0] : null;
  clear(select);
  if (keep) select.append(keep);
  for (const topic of topics) {
    const code = topic.code || topic.id;
    select.append(el('option', {value: code}, topicLabel(topics, code)));
  }
  if (value && ![...select.options].some((o) => o.value === value)) select.append(el('option', {value}, value));
  select.value = value || '';
}

const STATUS_KIND = {OPEN: 'warn', ASSIGNED: 'info', ANSWERED: 'ok', CLOSED: '', IN_REVIEW: 'info', PUBLISHED: 'ok', REJECTED: 'bad', RETIRED: ''};

export function statusBadge(status) {
  return el('span', {class: 'badge ' + (STATUS_KIND[status] ?? '')}, t('status.' + status) === 'status.' + status ? status : t('status.' + status));
}

export function languageBadge(code) {
  return el('span', {class: 'badge', title: languageName(code)}, (code || '?').toUpperCase());
}

/** <option>s for the four main languages, labelled in the interface language */
export function languageOptions(select, value, {includeUnd = false} = {}) {
  const keep = select.options[0] && select.options[0].value === '' ? select.options[0] : null;
  clear(select);
  if (keep) select.append(keep);
  for (const code of [...LANGUAGES, ...(includeUnd ? ['und'] : [])]) {
    select.append(el('option', {value: code}, languageName(code) + ' (' + code + ')'));
  }
  if (value && ![...select.options].some((o) => o.value === value)) select.append(el('option', {value}, languageName(value) + ' (' + value + ')'));
  select.value = value || '';
  onChange(() => {
    for (const o of select.options) if (o.value) o.textContent = languageName(o.value) + ' (' + o.value + ')';
  });
}

/** Previous / next with "page x of y"; page is 0-based like the API. */
export function renderPager(container, {page = 0, size = 20, total = 0}, onPage) {
  clear(container);
  const pages = Math.max(1, Math.ceil(total / size));
  if (total <= size && page === 0) {
    container.append(el('span', {class: 'meta'}, t('common.total', {n: total})));
    return;
  }
  container.append(
    el('button', {type: 'button', class: 'btn small', disabled: page <= 0, onclick: () => onPage(page - 1)}, t('common.previous')),
    el('span', {}, t('common.pageOf', {page: page + 1, pages}), ' · ', t('common.total', {n: total})),
    el('button', {type: 'button', class: 'btn small', disabled: page + 1 >= pages, onclick: () => onPage(page + 1)}, t('common.next')));
}

/** Milliseconds from an ISO duration, a number of seconds/minutes (by field name) or two timestamps. */
export function durationMs(value, unit = 'seconds') {
  if (value == null) return null;
  if (typeof value === 'number') return value * (unit === 'minutes' ? 60000 : unit === 'hours' ? 3600000 : unit === 'millis' ? 1 : 1000);
  if (typeof value === 'string' && value.startsWith('P')) {
    const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
    if (!m) return null;
    const [, d, h, min, s] = m.map((x) => Number(x || 0));
    return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
  }
  const n = Number(value);
  return Number.isFinite(n) ? durationMs(n, unit) : null;
}
