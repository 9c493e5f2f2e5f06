// Expert pool for coordinators (role COORDINATOR): experts, sessions with invitations and attendance,
// the agenda-point board and its status walk, signals from the helpdesk, and the brief for members of
// parliament. expertpool-service answers:
//   GET/POST /api/expertpool/experts (?theme=&active=&size=) , PUT /api/expertpool/experts/{id}/consent , DELETE /api/expertpool/experts/{id}
//   GET/POST /api/expertpool/sessions , GET /api/expertpool/sessions/{id} (invitations, counts)
//   GET  /api/expertpool/sessions/{id}/suggested-experts?page=&size= ; POST …/invitations {expertIds} ; POST …/replies {expertId, response}
//   POST /api/expertpool/sessions/{id}/attendance {expertIds} ; PUT …/minutes {minutes}
//   POST /api/expertpool/agenda-points {sessionId, theme, text, raisedBy?} ; GET /api/expertpool/agenda-points/board?size=
//     ({columns: [{status, items, page, size, total}]}) ; GET /api/expertpool/agenda-points?status=&page=&size= (a column's next pages)
//   Lists answer {items, page, size, total}: the page asks for the most a page holds (100) and offers "show more"
//   (the next page, appended) whenever total says there are more than it shows.
//   Invitations only before a session starts; attendance, minutes and agenda points only once it has started
//   (409 otherwise): the page offers each only when it can be done, and shows the service's message if it is refused.
//   GET  /api/expertpool/agenda-points/{id} (allowedNextStatuses, supporters, history) ; POST …/support {expertId, quote?}
//   POST /api/expertpool/agenda-points/{id}/status {status, priority?, visitDate?, visitors?, reference?, answeredOn?, answerSummary?, note?}
//   GET  /api/expertpool/signals?weeks= ; /api/expertpool/briefs.html|.md?agendaPointIds=&lang=
// Every piece of data goes into the page as text (el()/textContent), never as HTML; what people typed (names, titles,
// themes, places, points, quotes, notes) as userText(), isolated, so it never reorders the page around it.
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {
  announce, busy, clear, clearFieldErrors, done, el, hideAlert, isolate, joined, showAlert, showEmpty, showError, showLoading, showProblem, tn,
  formatDate, formatDateTime, userText, $,
} from '../../js/ui.js';
import '../../js/lang/expertpool.js';

const STATUSES = ['RAISED', 'PRIORITISED', 'PRESENTED', 'SUBMITTED', 'ANSWERED', 'CLOSED'];
const STATUS_KIND = {RAISED: 'warn', PRIORITISED: 'info', PRESENTED: 'info', SUBMITTED: 'info', ANSWERED: 'ok', CLOSED: ''};
const PAGE_SIZE = 100; // the most the service answers in one page
const TOPICS = ['temporary-protection-residence', 'municipal-registration-bsn', 'living-allowance', 'work-employer-notification',
  'health-care-insurance', 'housing-shelter', 'education-school', 'language-lessons', 'banking', 'transport-driving-licence',
  'travel-ukraine', 'benefits', 'pets', 'documents', 'mental-health', 'other'];

const state = {experts: [], sessions: [], board: null, session: null, point: null, suggested: {items: [], page: 0, total: 0}};
let startTimer = null; // refreshAtNextStart()

const me = await initStaffPage({page: 'expertpool', roles: ['COORDINATOR']});
if (me) {
  setUpTabs();
  fillThemeOptions();
  $('#expert-filter').addEventListener('submit', (e) => { e.preventDefault(); loadExperts(); });
  $('#expert-form').addEventListener('submit', addExpert);
  $('#session-form').addEventListener('submit', scheduleSession);
  $('#invite-submit').addEventListener('click', invite);
  $('#attendance-submit').addEventListener('click', recordAttendance);
  $('#minutes-form').addEventListener('submit', saveMinutes);
  $('#point-form').addEventListener('submit', raisePoint);
  $('#point-session').addEventListener('change', () => {
    const s = state.sessions.find((x) => x.id === $('#point-session').value);
    if (s && !$('#point-theme').value) $('#point-theme').value = s.theme;
  });
  $('#status-form').addEventListener('submit', takeStep);
  $('#status-next').addEventListener('change', showStepFields);
  $('#support-form').addEventListener('submit', addSupport);
  $('#signals-weeks').addEventListener('change', loadSignals);
  $('#brief-lang').addEventListener('change', updateBriefLinks);
  onChange(() => {
    renderExperts();
    renderSessions();
    renderBoard();
    if (state.session) renderSession();
    if (state.point) renderPoint();
    loadSignals();
  });
  await Promise.all([loadExperts(), loadSessions(), loadBoard()]);
  loadSignals();
}

/* ---------- tabs ---------- */

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (tab, focus) => {
    for (const other of tabs) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      other.tabIndex = on ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
    history.replaceState(null, '', '#' + tab.id.slice(4));
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
        select(next, true);
      }
    });
  });
  const wanted = document.getElementById('tab-' + location.hash.slice(1));
  if (wanted) select(wanted, false);
}

function showTab(name) {
  document.getElementById('tab-' + name).click();
}

function fillThemeOptions() {
  $('#theme-options').replaceChildren(...TOPICS.map((code) => el('option', {value: code})));
}

/* ---------- helpers ---------- */

function list(text) {
  return String(text || '').split(',').map((x) => x.trim()).filter(Boolean);
}

function statusBadge(status) {
  return el('span', {class: 'badge ' + (STATUS_KIND[status] || ''), dataset: {status}}, t('ep.status.' + status));
}

function expertName(id) {
  const expert = state.experts.find((x) => x.id === id);
  return expert ? expert.name : t('ep.erased');
}

/** The session's start has passed (by this computer's clock; the service decides, and its 409 is shown). */
function hasStarted(session) {
  return Boolean(session && session.startsAt) && new Date(session.startsAt).getTime() <= Date.now();
}

/**
 * A 409 (the service refused the step, e.g. minutes for a session that has not started yet): its own words
 * under a short line in the coordinator's language, without the generic "changed in the meantime". Other
 * failures as usual.
 */
function showRefusal(form, alertBox, error) {
  if (!error || error.status !== 409) return showProblem(form, alertBox, error);
  if (form) clearFieldErrors(form);
  showAlert(alertBox, 'error', t('ep.refused'), error.detail ? [error.detail] : []).focus();
}

/** Redraws when the next session on the list starts, so what becomes possible then is offered then. */
function refreshAtNextStart() {
  clearTimeout(startTimer);
  const now = Date.now();
  const next = state.sessions.map((x) => new Date(x.startsAt).getTime()).filter((ms) => ms > now).sort((a, b) => a - b)[0];
  if (next === undefined || next - now > 24 * 3600 * 1000) return;
  startTimer = setTimeout(() => {
    renderSessions();
    if (state.session) renderSession();
  }, next - now + 1000);
}

function activeExperts() {
  return state.experts.filter((x) => x.active);
}

function checklist(container, experts, className, checked = () => false) {
  const legend = container.querySelector('legend');
  container.replaceChildren(...(legend ? [legend] : []));
  for (const expert of experts) {
    const id = className + '-' + expert.id;
    container.append(el('label', {for: id},
      el('input', {type: 'checkbox', id, class: className, value: expert.id, checked: checked(expert)}), ' ',
      joined([userText(expert.name), userText(expert.city)]), ' ',
      el('span', {class: 'meta'}, (expert.languages || []).join(', '))));
  }
}

/** A list answer as {items, page, total}; total is what the service counts, which may be more than it sent. */
function pageOf(data) {
  const items = itemsOf(data);
  return {
    items,
    page: data && Number.isInteger(data.page) ? data.page : 0,
    total: data && Number.isFinite(data.total) ? Math.max(data.total, items.length) : items.length,
  };
}

/**
 * The next page of a list appended to what is shown (same order as the first page); an item already shown (the
 * list moved meanwhile) is not shown twice.
 */
async function nextPage(shown, path, params = {}) {
  const data = pageOf(await api.get(path, {...params, page: shown.page + 1, size: PAGE_SIZE}));
  const seen = new Set(shown.items.map((x) => x.id));
  const items = [...shown.items, ...data.items.filter((x) => !seen.has(x.id))];
  return {items, page: data.page, total: Math.max(data.total, items.length)};
}

/** "Show more (100 of 130)" when the service has more than is shown; null otherwise. */
function moreButton(shown, className, onMore) {
  if (shown.total <= shown.items.length) return null;
  const counts = {shown: shown.items.length, total: shown.total};
  return el('p', {class: 'meta'},
    el('button', {type: 'button', class: 'btn small ' + className, onclick: (e) => onMore(e.currentTarget)}, t('ep.more', counts)));
}

function checkedValues(container, className) {
  return [...container.querySelectorAll('input.' + className + ':checked')].map((x) => x.value);
}

function expertOptions(select, withEmpty) {
  const keep = select.value;
  select.replaceChildren(...(withEmpty ? [el('option', {value: ''}, '–')] : []),
    ...activeExperts().map((x) => el('option', {value: x.id}, isolate(x.name))));
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
}

/* ---------- experts ---------- */

async function loadExperts() {
  const box = $('#experts');
  showLoading(box);
  try {
    const theme = $('#expert-theme-filter').value.trim();
    const all = itemsOf(await api.get('/api/expertpool/experts', {size: 100}));
    state.experts = all;
    state.shown = theme ? itemsOf(await api.get('/api/expertpool/experts', {theme, size: 100})) : all;
    done(box);
    renderExperts();
    expertOptions($('#point-raised-by'), true);
    expertOptions($('#support-expert'), false);
  } catch (error) {
    showError(box, error, loadExperts);
  }
}

function renderExperts() {
  const box = $('#experts');
  const shown = state.shown || [];
  if (!shown.length) return showEmpty(box, 'ep.expert.none');
  const consentBadges = (c) => el('span', {},
    ...[['participate', 'ep.consent.participate'], ['quoteAnonymously', 'ep.consent.quote'], ['contact', 'ep.consent.contact']]
      .filter(([k]) => c && c[k]).map(([, key]) => el('span', {class: 'badge ok'}, t(key))),
    c && c.since ? el('span', {class: 'meta'}, ' ' + t('ep.consent.since', {date: formatDate(c.since)})) : null);
  const rows = shown.map((x) => el('tr', {class: 'expert-row', dataset: {expertId: x.id}},
    el('td', {}, el('strong', {}, userText(x.name)), x.city ? el('div', {class: 'meta'}, userText(x.city)) : null),
    el('td', {}, (x.languages || []).join(', ')),
    el('td', {}, joined((x.themes || []).map((theme) => userText(theme)), ', ')),
    el('td', {}, el('span', {class: 'badge ' + (x.active ? 'ok' : '')}, t(x.active ? 'ep.expert.active' : 'ep.expert.inactive')), ' ', consentBadges(x.consent)),
    el('td', {class: 'actions'},
      x.active ? el('button', {type: 'button', class: 'btn small withdraw-consent', onclick: (e) => withdraw(e.currentTarget, x)}, t('ep.expert.withdraw')) : null,
      ' ',
      el('button', {type: 'button', class: 'btn small erase-expert', onclick: (e) => erase(e.currentTarget, x)}, t('ep.expert.erase')))));
  clear(box).append(el('table', {},
    el('thead', {}, el('tr', {}, ...['ep.name', 'ep.languages', 'ep.themes', 'ep.consent', 'ep.actions'].map((k) => el('th', {scope: 'col'}, t(k))))),
    el('tbody', {}, rows)));
}

async function addExpert(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const alertBox = $('#expert-alert');
  clearFieldErrors(form);
  hideAlert(alertBox);
  const body = {
    name: $('#expert-name').value.trim(),
    city: $('#expert-city').value.trim() || null,
    languages: list($('#expert-languages').value).map((x) => x.toLowerCase()),
    themes: list($('#expert-themes').value),
    email: $('#expert-email').value.trim() || null,
    phone: $('#expert-phone').value.trim() || null,
    consent: {
      participate: $('#expert-consent-participate').checked,
      quoteAnonymously: $('#expert-consent-quote').checked,
      contact: $('#expert-consent-contact').checked,
    },
  };
  try {
    await busy($('#expert-submit'), () => api.post('/api/expertpool/experts', body));
    form.reset();
    $('#expert-languages').value = 'uk';
    showAlert(alertBox, 'success', t('ep.expert.added'));
    announce(t('ep.expert.added'));
    await loadExperts();
  } catch (error) {
    showProblem(form, alertBox, error);
  }
}

async function withdraw(button, expert) {
  if (!confirm(t('ep.expert.withdrawConfirm', {name: isolate(expert.name)}))) return;
  try {
    await busy(button, () => api.put(`/api/expertpool/experts/${encodeURIComponent(expert.id)}/consent`,
      {participate: false, quoteAnonymously: false, contact: false}));
    announce(t('ep.expert.withdrawn'));
    await loadExperts();
  } catch (error) {
    showProblem(null, $('#experts-alert'), error);
  }
}

async function erase(button, expert) {
  if (!confirm(t('ep.expert.eraseConfirm', {name: isolate(expert.name)}))) return;
  try {
    await busy(button, () => api.del(`/api/expertpool/experts/${encodeURIComponent(expert.id)}`));
    announce(t('ep.expert.erased'));
    showAlert($('#experts-alert'), 'success', t('ep.expert.erased'));
    await loadExperts();
  } catch (error) {
    showProblem(null, $('#experts-alert'), error);
  }
}

/* ---------- sessions ---------- */

async function loadSessions() {
  const box = $('#sessions');
  showLoading(box);
  try {
    state.sessions = itemsOf(await api.get('/api/expertpool/sessions', {size: 100}));
    done(box);
    renderSessions();
  } catch (error) {
    showError(box, error, loadSessions);
  }
}

function renderSessions() {
  const box = $('#sessions');
  const select = $('#point-session');
  const keep = select.value;
  // a point is raised in a session that has started (the service refuses one for a session still to come)
  const started = state.sessions.filter(hasStarted);
  select.replaceChildren(...started.map((s) => el('option', {value: s.id}, isolate(s.title) + ' · ' + formatDate(s.startsAt))));
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
  const chosen = started.find((x) => x.id === select.value);
  if (chosen && !$('#point-theme').value) $('#point-theme').value = chosen.theme;
  $('#point-submit').disabled = !started.length;
  const pointAlert = $('#point-alert');
  if (!started.length) showAlert(pointAlert, 'info', t('ep.point.noSessions')).dataset.noSessions = 'true';
  else if (pointAlert.querySelector('[data-no-sessions]')) hideAlert(pointAlert);
  refreshAtNextStart();
  if (!state.sessions.length) return showEmpty(box, 'ep.session.none');
  const rows = state.sessions.map((s) => el('tr', {class: 'session-row', dataset: {sessionId: s.id}},
    el('td', {}, formatDateTime(s.startsAt)),
    el('td', {}, el('strong', {}, userText(s.title)), el('div', {class: 'meta'}, userText(s.location))),
    el('td', {}, userText(s.theme)),
    el('td', {}, s.language),
    el('td', {}, t('ep.session.counts', countsOf(s)), ' · ', t('ep.session.places', {n: s.capacity}),
      s.heldAt ? el('span', {class: 'badge ok'}, t('ep.session.held')) : null),
    el('td', {}, el('button', {type: 'button', class: 'btn small open-session', onclick: () => openSession(s.id)}, t('ep.session.open')))));
  clear(box).append(el('table', {},
    el('thead', {}, el('tr', {}, ...['ep.session.startsAt', 'ep.session.title', 'ep.theme', 'ep.session.language', 'ep.session.invitations', 'ep.actions']
      .map((k) => el('th', {scope: 'col'}, t(k))))),
    el('tbody', {}, rows)));
}

function countsOf(s) {
  const c = s.counts || {};
  return {invited: c.invited || 0, accepted: c.accepted || 0, attended: c.attended || 0};
}

async function scheduleSession(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const alertBox = $('#session-alert');
  clearFieldErrors(form);
  hideAlert(alertBox);
  const local = $('#session-starts-at').value;
  const starts = local ? new Date(local) : null;
  const body = {
    title: $('#session-title').value.trim(),
    theme: $('#session-theme').value.trim(),
    startsAt: starts && !Number.isNaN(starts.getTime()) ? starts.toISOString() : null,
    language: $('#session-language').value,
    location: $('#session-location').value.trim(),
    capacity: $('#session-capacity').value ? Number($('#session-capacity').value) : null,
  };
  try {
    const created = await busy($('#session-submit'), () => api.post('/api/expertpool/sessions', body));
    form.reset();
    $('#session-capacity').value = '20';
    showAlert(alertBox, 'success', t('ep.session.scheduled'));
    announce(t('ep.session.scheduled'));
    await loadSessions();
    await openSession(created.id);
  } catch (error) {
    showProblem(form, alertBox, error);
  }
}

async function openSession(id) {
  const section = $('#session-detail');
  section.hidden = false;
  try {
    const [session, suggested] = await Promise.all([
      api.get(`/api/expertpool/sessions/${encodeURIComponent(id)}`),
      api.get(`/api/expertpool/sessions/${encodeURIComponent(id)}/suggested-experts`, {size: PAGE_SIZE}),
    ]);
    state.session = session;
    state.suggested = pageOf(suggested);
    renderSession();
    section.focus();
  } catch (error) {
    showError($('#session-detail-alert'), error, () => openSession(id));
    $('#session-detail-alert').hidden = false;
  }
}

function renderSession() {
  const s = state.session;
  // ticks survive a redraw of the same session (more suggestions, another interface language)
  const ticked = $('#session-detail').dataset.sessionId === s.id
    ? new Set(checkedValues($('#suggested-experts'), 'suggested-expert')) : new Set();
  if ($('#session-detail').dataset.sessionId !== s.id) hideAlert($('#session-detail-alert'));
  $('#session-detail').dataset.sessionId = s.id;
  // before the start: invitations and replies; from the start: replies, attendance and minutes
  const started = hasStarted(s);
  $('#session-detail').dataset.started = String(started);
  $('#session-invite').hidden = started;
  $('#invitations-closed').hidden = !started;
  $('#session-not-started').hidden = started;
  $('#session-attendance').hidden = !started;
  $('#session-minutes-section').hidden = !started;
  refreshAtNextStart();
  $('#session-detail-title').replaceChildren(userText(s.title) || '');
  $('#session-detail-meta').replaceChildren(...joined([formatDateTime(s.startsAt), userText(s.theme), s.language, userText(s.location),
    t('ep.session.counts', countsOf(s)), t('ep.session.places', {n: s.capacity})]));
  const suggestedBox = $('#suggested-experts');
  if (!state.suggested.items.length) showEmpty(suggestedBox, 'ep.session.noSuggestions');
  else {
    const fieldset = el('fieldset', {class: 'ep-checklist'}, el('legend', {class: 'visually-hidden'}, t('ep.session.suggested')));
    checklist(fieldset, state.suggested.items, 'suggested-expert', (x) => ticked.has(x.id));
    clear(suggestedBox).append(fieldset);
    const more = moreButton(state.suggested, 'suggested-more', moreSuggestions);
    if (more) suggestedBox.append(more);
  }
  const invitations = s.invitations || [];
  const box = $('#invitations');
  if (!invitations.length) showEmpty(box, 'ep.session.noInvitations');
  else {
    clear(box).append(el('table', {}, el('tbody', {}, invitations.map((i) => el('tr', {class: 'invitation-row', dataset: {expertId: i.expertId, status: i.status}},
      el('td', {}, userText(i.name) || t('ep.erased')),
      el('td', {}, el('span', {class: 'badge'}, t('ep.invitation.' + i.status)), i.attended ? el('span', {class: 'badge ok'}, t('ep.invitation.attended')) : null),
      el('td', {class: 'actions'},
        i.status === 'INVITED' || i.status === 'DECLINED'
          ? el('button', {type: 'button', class: 'btn small reply-accept', onclick: (e) => reply(e.currentTarget, i.expertId, 'ACCEPTED')}, t('ep.session.accept')) : null,
        ' ',
        i.status === 'INVITED' || i.status === 'ACCEPTED'
          ? el('button', {type: 'button', class: 'btn small reply-decline', onclick: (e) => reply(e.currentTarget, i.expertId, 'DECLINED')}, t('ep.session.decline')) : null))))));
  }
  const invited = new Set(invitations.filter((i) => i.status !== 'CANCELLED').map((i) => i.expertId));
  const attended = new Set(invitations.filter((i) => i.attended).map((i) => i.expertId));
  const people = [...activeExperts()].sort((a, b) => Number(invited.has(b.id)) - Number(invited.has(a.id)));
  checklist($('#attendance-list'), people, 'attendance-check', (x) => attended.has(x.id));
  $('#session-minutes').value = s.minutes || '';
}

/** The next page of suggestions, appended; focus moves to the first expert it brought. */
async function moreSuggestions(button) {
  const id = state.session.id;
  const before = state.suggested.items.length;
  try {
    const more = await busy(button, () => nextPage(state.suggested, `/api/expertpool/sessions/${encodeURIComponent(id)}/suggested-experts`));
    if (!state.session || state.session.id !== id) return;
    state.suggested = more;
    renderSession();
    announce(t('ep.moreShown', {shown: more.items.length, total: more.total}));
    const first = $('#suggested-experts').querySelectorAll('input.suggested-expert')[before];
    if (first) first.focus();
  } catch (error) {
    showProblem(null, $('#session-detail-alert'), error);
  }
}

async function invite() {
  const ids = checkedValues($('#suggested-experts'), 'suggested-expert');
  const alertBox = $('#session-detail-alert');
  if (!ids.length) return showAlert(alertBox, 'error', t('ep.session.selectSome'));
  try {
    await busy($('#invite-submit'), () => api.post(`/api/expertpool/sessions/${encodeURIComponent(state.session.id)}/invitations`, {expertIds: ids}));
    await Promise.all([openSession(state.session.id), loadSessions()]);
    showAlert(alertBox, 'success', t('ep.session.invited'));
    announce(t('ep.session.invited'));
  } catch (error) {
    showRefusal(null, alertBox, error);
  }
}

async function reply(button, expertId, response) {
  const alertBox = $('#session-detail-alert');
  try {
    await busy(button, () => api.post(`/api/expertpool/sessions/${encodeURIComponent(state.session.id)}/replies`, {expertId, response}));
    await Promise.all([openSession(state.session.id), loadSessions()]);
    showAlert(alertBox, 'success', t('ep.session.replied'));
    announce(t('ep.session.replied'));
  } catch (error) {
    showRefusal(null, alertBox, error);
  }
}

async function recordAttendance() {
  const ids = checkedValues($('#attendance-list'), 'attendance-check');
  const alertBox = $('#session-detail-alert');
  if (!ids.length) return showAlert(alertBox, 'error', t('ep.session.selectSome'));
  try {
    await busy($('#attendance-submit'), () => api.post(`/api/expertpool/sessions/${encodeURIComponent(state.session.id)}/attendance`, {expertIds: ids}));
    await Promise.all([openSession(state.session.id), loadSessions()]);
    showAlert(alertBox, 'success', t('ep.session.attendanceRecorded'));
    announce(t('ep.session.attendanceRecorded'));
  } catch (error) {
    showRefusal(null, alertBox, error);
  }
}

async function saveMinutes(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const alertBox = $('#session-detail-alert');
  clearFieldErrors(form);
  try {
    await busy($('#minutes-submit'), () => api.put(`/api/expertpool/sessions/${encodeURIComponent(state.session.id)}/minutes`, {minutes: $('#session-minutes').value}));
    showAlert(alertBox, 'success', t('ep.session.minutesSaved'));
    announce(t('ep.session.minutesSaved'));
  } catch (error) {
    showRefusal(form, alertBox, error);
  }
}

/* ---------- agenda points ---------- */

async function loadBoard() {
  const box = $('#board');
  showLoading(box);
  try {
    state.board = await api.get('/api/expertpool/agenda-points/board', {size: PAGE_SIZE});
    hideAlert($('#board-alert'));
    done(box);
    renderBoard();
  } catch (error) {
    showError(box, error, loadBoard);
  }
}

function allPoints() {
  return ((state.board && state.board.columns) || []).flatMap((c) => c.items || []);
}

function renderBoard() {
  const box = $('#board');
  if (!state.board) return;
  const columns = state.board.columns || [];
  clear(box).append(...STATUSES.map((status) => {
    const shown = pageOf(columns.find((c) => c.status === status));
    const items = shown.items;
    return el('section', {class: 'board-column', dataset: {status, total: String(shown.total)}, 'aria-label': t('ep.status.' + status)},
      el('h3', {}, el('span', {}, t('ep.status.' + status)),
        el('span', {class: 'badge', title: t('ep.board.count', {n: shown.total})}, String(shown.total))),
      ...items.map((p) => el('article', {class: 'point-card', dataset: {pointId: p.id}, 'aria-current': state.point && state.point.id === p.id ? 'true' : null},
        el('p', {}, userText(p.text)),
        el('div', {class: 'meta'}, userText(p.theme), ' · ', t('ep.point.supporterCount', {n: p.supporterCount || 0}),
          p.priority ? ' · #' + p.priority : ''),
        el('button', {type: 'button', class: 'btn small open-point', onclick: () => openPoint(p.id)}, t('ep.point.open')))),
      moreButton(shown, 'board-more', (button) => moreOfColumn(button, status)));
  }));
  renderBriefPoints();
}

/** The next page of one column (the list of that status, in the board's order), appended to the column. */
async function moreOfColumn(button, status) {
  const column = ((state.board && state.board.columns) || []).find((c) => c.status === status);
  if (!column) return;
  const before = (column.items || []).length;
  try {
    const more = await busy(button, () => nextPage(pageOf(column), '/api/expertpool/agenda-points', {status}));
    Object.assign(column, more);
    renderBoard();
    announce(t('ep.moreShown', {shown: more.items.length, total: more.total}));
    const first = $('#board').querySelectorAll(`.board-column[data-status="${status}"] .open-point`)[before];
    if (first) first.focus();
  } catch (error) {
    showProblem(null, $('#board-alert'), error);
  }
}

async function raisePoint(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const alertBox = $('#point-alert');
  clearFieldErrors(form);
  hideAlert(alertBox);
  const body = {
    sessionId: $('#point-session').value || null,
    theme: $('#point-theme').value.trim(),
    text: $('#point-text').value.trim(),
    raisedBy: $('#point-raised-by').value || null,
  };
  try {
    const created = await busy($('#point-submit'), () => api.post('/api/expertpool/agenda-points', body));
    $('#point-text').value = '';
    showAlert(alertBox, 'success', t('ep.point.raised'));
    announce(t('ep.point.raised'));
    await loadBoard();
    await openPoint(created.id);
  } catch (error) {
    showRefusal(form, alertBox, error);
  }
}

async function openPoint(id) {
  const section = $('#point-detail');
  section.hidden = false;
  try {
    state.point = await api.get(`/api/expertpool/agenda-points/${encodeURIComponent(id)}`);
    renderPoint();
    renderBoard();
    section.focus();
  } catch (error) {
    showProblem(null, $('#status-alert'), error);
  }
}

function renderPoint() {
  const p = state.point;
  $('#point-detail').dataset.pointId = p.id;
  $('#point-detail').dataset.status = p.status;
  $('#point-detail-text').replaceChildren(userText(p.text) || '');
  $('#point-status').replaceChildren(statusBadge(p.status));
  $('#point-detail-meta').replaceChildren(...joined([userText(p.theme), t('ep.point.supporterCount', {n: p.supporterCount || 0}), formatDate(p.raisedAt)]));
  const facts = [];
  if (p.visitDate) facts.push(t('ep.point.visit.short', {date: formatDate(p.visitDate), n: (p.visitors || []).length}));
  if (p.reference) facts.push(tn('ep.point.reference.short', {ref: userText(p.reference)}));
  if (p.answeredOn) facts.push(tn('ep.point.answer.short', {date: formatDate(p.answeredOn), summary: userText(p.answerSummary)}));
  $('#point-detail-facts').replaceChildren(...facts.map((f) => el('p', {}, f)));

  const next = p.allowedNextStatuses || [];
  const select = $('#status-next');
  const chosen = select.value;
  select.replaceChildren(...next.map((s) => el('option', {value: s}, t('ep.status.' + s))));
  if (next.includes(chosen)) select.value = chosen; // a language switch keeps the coordinator's choice
  $('#status-form').hidden = !next.length;
  if (!next.length) showAlert($('#status-alert'), 'info', t('ep.point.noNext'));
  else hideAlert($('#status-alert'));
  checklist($('#status-visitors'), activeExperts(), 'visitor-check');
  showStepFields();

  const supporters = p.supporters || [];
  $('#point-supporters').replaceChildren(...(supporters.length
    ? supporters.map((s) => el('li', {class: 'supporter', dataset: {expertId: s.expertId}}, userText(s.name) || t('ep.erased'),
      s.quote ? el('div', {class: 'meta'}, '“', userText(s.quote), '”') : null))
    : [el('li', {class: 'meta'}, t('ep.point.noSupporters'))]));
  $('#point-history').replaceChildren(...(p.history || []).map((h) => el('li', {dataset: {status: h.to}},
    el('strong', {}, t('ep.status.' + h.to)), ' · ', formatDateTime(h.changedAt), h.changedBy ? [' · ', userText(h.changedBy)] : '',
    h.reference ? [' · ', tn('ep.point.reference.short', {ref: userText(h.reference)})] : '',
    h.visitDate ? ' · ' + t('ep.point.visit.short', {date: formatDate(h.visitDate), n: h.visitorCount || 0}) : '',
    h.answeredOn ? [' · ', tn('ep.point.answer.short', {date: formatDate(h.answeredOn), summary: userText(h.answerSummary)})] : '',
    h.note ? el('div', {class: 'meta'}, userText(h.note)) : null)));
}

/**
 * The statuses a step from `current` to `chosen` passes through, in the order of the road: each one after
 * `current` up to and including `chosen`. A point may skip statuses (RAISED -> ANSWERED) and the service takes
 * every optional field with any status, so the form offers the fields of all of them.
 */
function statusesPassed(current, chosen) {
  const from = STATUSES.indexOf(current);
  const to = STATUSES.indexOf(chosen);
  return to > from ? STATUSES.slice(from + 1, to + 1) : [chosen];
}

function showStepFields() {
  const chosen = $('#status-next').value;
  const passed = state.point ? statusesPassed(state.point.status, chosen) : [chosen];
  const fields = [...$('#status-form').querySelectorAll('[data-for]')];
  for (const field of fields) field.hidden = !passed.includes(field.dataset.for);
  const between = passed.filter((s) => s !== chosen && fields.some((f) => f.dataset.for === s));
  const hint = $('#status-passing');
  hint.hidden = !between.length;
  hint.textContent = between.length ? t('ep.point.passing', {statuses: between.map((s) => t('ep.status.' + s)).join(', ')}) : '';
}

async function takeStep(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const alertBox = $('#status-alert');
  clearFieldErrors(form);
  hideAlert(alertBox);
  const status = $('#status-next').value;
  const passed = statusesPassed(state.point.status, status);
  const body = {status, note: $('#status-note').value.trim() || null};
  if (passed.includes('PRIORITISED') && $('#status-priority').value) body.priority = Number($('#status-priority').value);
  if (passed.includes('PRESENTED')) {
    body.visitDate = $('#status-visit-date').value || null;
    body.visitors = checkedValues($('#status-visitors'), 'visitor-check');
  }
  if (passed.includes('SUBMITTED')) body.reference = $('#status-reference').value.trim() || null;
  if (passed.includes('ANSWERED')) {
    body.answeredOn = $('#status-answered-on').value || null;
    body.answerSummary = $('#status-answer-summary').value.trim() || null;
  }
  try {
    await busy($('#status-submit'), () => api.post(`/api/expertpool/agenda-points/${encodeURIComponent(state.point.id)}/status`, body));
    form.reset();
    const message = t('ep.point.stepped', {status: t('ep.status.' + status)});
    await loadBoard();
    await openPoint(state.point.id);
    showAlert(alertBox, 'success', message);
    announce(message);
  } catch (error) {
    showProblem(form, alertBox, error);
  }
}

async function addSupport(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const alertBox = $('#support-alert');
  clearFieldErrors(form);
  hideAlert(alertBox);
  try {
    await busy($('#support-submit'), () => api.post(`/api/expertpool/agenda-points/${encodeURIComponent(state.point.id)}/support`,
      {expertId: $('#support-expert').value || null, quote: $('#support-quote').value.trim() || null}));
    $('#support-quote').value = '';
    showAlert(alertBox, 'success', t('ep.point.supported'));
    announce(t('ep.point.supported'));
    await loadBoard();
    await openPoint(state.point.id);
  } catch (error) {
    showProblem(form, alertBox, error);
  }
}

/* ---------- signals ---------- */

async function loadSignals() {
  const box = $('#signals');
  showLoading(box);
  try {
    const s = await api.get('/api/expertpool/signals', {weeks: $('#signals-weeks').value});
    done(box);
    renderSignals(s);
  } catch (error) {
    showError(box, error, loadSignals);
  }
}

function table(id, headKeys, rows) {
  return el('table', {id}, el('thead', {}, el('tr', {}, ...headKeys.map((k) => el('th', {scope: 'col'}, t(k))))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))));
}

function planButton(theme) {
  return el('button', {type: 'button', class: 'btn small plan-session', onclick: () => {
    $('#session-theme').value = theme;
    showTab('sessions');
    $('#session-title').focus();
  }}, t('ep.signals.planSession'));
}

function renderSignals(s) {
  const box = $('#signals');
  if (!s || !s.totalQuestions) {
    clear(box).append(el('div', {class: 'state'}, t('ep.signals.none')));
  } else clear(box);
  if (!s) return;
  box.append(el('p', {class: 'meta'}, t('ep.signals.total', {n: s.totalQuestions || 0, from: formatDate(s.periodStart), to: formatDate(s.periodEnd)})));
  const language = (m) => Object.entries(m || {}).map(([k, v]) => k + ' ' + v).join(', ');
  const grid = el('div', {class: 'ep-signals'},
    el('section', {}, el('h3', {}, t('ep.signals.mostAsked')),
      table('signals-most-asked', ['ep.theme', 'ep.signals.questions', 'ep.signals.previous', 'ep.signals.byLanguage', 'ep.actions'],
        (s.mostAsked || []).map((x) => [userText(x.theme), String(x.questions), String(x.previousQuestions), language(x.byLanguage), planButton(x.theme)]))),
    el('section', {}, el('h3', {}, t('ep.signals.rising')),
      table('signals-rising', ['ep.theme', 'ep.signals.questions', 'ep.signals.previous', 'ep.signals.change'],
        (s.rising || []).map((x) => [userText(x.theme), String(x.questions), String(x.previousQuestions), '+' + x.change + (x.changePercent != null ? ' (' + x.changePercent + '%)' : '')]))),
    el('section', {}, el('h3', {}, t('ep.signals.gaps')),
      table('signals-gaps', ['ep.theme', 'ep.signals.questions', 'ep.signals.articles'],
        (s.knowledgeGaps || []).map((x) => [userText(x.theme), String(x.questions), String(x.publishedArticles)]))),
    el('section', {}, el('h3', {}, t('ep.signals.byLanguage')),
      table('signals-languages', ['ep.signals.language', 'ep.signals.questions'],
        (s.byLanguage || []).map((x) => [x.language, String(x.questions)]))));
  box.append(grid);
}

/* ---------- brief ---------- */

function renderBriefPoints() {
  const box = $('#brief-points');
  const chosen = new Set(checkedValues(box, 'brief-point'));
  const legend = box.querySelector('legend');
  const points = allPoints();
  box.replaceChildren(legend);
  if (!points.length) box.append(el('p', {class: 'meta'}, t('ep.brief.none')));
  for (const p of points) {
    const id = 'brief-point-' + p.id;
    box.append(el('label', {for: id},
      el('input', {type: 'checkbox', id, class: 'brief-point', value: p.id, checked: chosen.has(p.id), onchange: updateBriefLinks}), ' ',
      userText(p.text), ' ', statusBadge(p.status), el('span', {class: 'meta'}, ' · ', userText(p.theme))));
  }
  updateBriefLinks();
}

function updateBriefLinks() {
  const ids = checkedValues($('#brief-points'), 'brief-point');
  const lang = $('#brief-lang').value;
  for (const [link, path] of [[$('#brief-open'), '/api/expertpool/briefs.html'], [$('#brief-download'), '/api/expertpool/briefs.md']]) {
    if (ids.length) {
      link.href = path + '?' + new URLSearchParams({agendaPointIds: ids.join(','), lang}).toString();
      link.removeAttribute('aria-disabled');
      if (link.id === 'brief-download') link.setAttribute('download', '');
    } else {
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
    }
  }
}
