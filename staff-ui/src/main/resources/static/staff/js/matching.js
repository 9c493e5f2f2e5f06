// Matching for job coaches (role MATCHER); deliberately modest.
//   GET  /api/matching/vacancies?status=OPEN , /api/matching/candidates   lists; closed vacancies too (no status filter)
//        when the coach asks for them, marked by their {status: CLOSED, closedAt}
//   GET  /api/matching/vacancies/{id}                               is a vacancy whose matches answer 409 closed?
//   GET  /api/matching/{vacancies|candidates}/{id}/matches?limit=10 {items: [{vacancyId, candidateId, score, explanation: [{criterion, met, detail}]}]}
//   POST /api/matching/matches {vacancyId, candidateId, overrideReason?} (409 when a hard requirement is unmet: the coach
//        may override with a reason) ; POST /api/matching/matches/{id}/introduce | /hire | /decline {reason?}
//   DELETE /api/matching/candidates/{id}                          erases the candidate and their matches (204)
//   GET  /api/matching/matches                                      matches in progress (if offered)
//   POST /api/matching/candidates                                   a new candidate profile
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {
  announce, busy, clear, clearFieldErrors, done, el, formatDate, hideAlert, isolate, joined, showAlert, showEmpty, showError,
  showLoading, showProblem, tn, userText, $,
} from '../../js/ui.js';
import {statusBadge} from './common.js';
import '../../js/lang/matching.js';

const me = await initStaffPage({page: 'matching', roles: ['MATCHER']});
/** What each list showed last (null while loading or after a failure), and every vacancy and candidate seen, by id. */
const lists = {vacancies: null, candidates: null};
const known = {vacancies: new Map(), candidates: new Map()};
let selected = null;
let matchData = null;

if (me) {
  loadList('vacancies');
  loadList('candidates');
  loadPipeline();
  $('#show-closed-vacancies').addEventListener('change', () => loadList('vacancies'));
  $('#lookup-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const value = $('#lookup-id').value.trim();
    if (value) showMatches($('#lookup-kind').value, value);
  });
  $('#candidate-form').addEventListener('submit', addCandidate);
  $('#erase-candidate').addEventListener('click', (e) => eraseCandidate(e.currentTarget));
  onChange(() => {
    for (const kind of ['vacancies', 'candidates']) if (lists[kind]) renderList(kind);
    if (selected) renderSelected();
  });
}

function isClosed(vacancy) {
  return Boolean(vacancy) && vacancy.status === 'CLOSED';
}

/** A vacancy's or candidate's name as nodes: title or name, employer, city, each isolated (someone typed them). */
function nameOf(kind, id) {
  const item = known[kind].get(id);
  const parts = !item ? []
    : kind === 'vacancies' ? [item.title, item.employerName, item.location && item.location.city]
      : [item.name || item.displayName || item.alias, item.location && item.location.city];
  const shown = joined(parts.map((part) => userText(part)));
  return shown.length ? el('span', {}, shown) : el('span', {class: 'mono'}, id);
}

/** The same as one string, for a confirm() dialog. */
function nameText(kind, id) {
  const item = known[kind].get(id);
  const parts = !item ? []
    : kind === 'vacancies' ? [item.title, item.employerName, item.location && item.location.city]
      : [item.name || item.displayName || item.alias, item.location && item.location.city];
  return parts.filter(Boolean).map(isolate).join(' · ') || id;
}

function closedBadge() {
  return el('span', {class: 'badge vacancy-closed'}, t('match.closed'));
}

async function loadList(kind) {
  const box = $('#' + kind);
  showLoading(box);
  try {
    // coaches match open vacancies: closed ones only when asked for, and then marked
    const onlyOpen = kind === 'vacancies' && !$('#show-closed-vacancies').checked;
    const items = itemsOf(await api.get('/api/matching/' + kind, {size: 50, status: onlyOpen ? 'OPEN' : null}));
    for (const item of items) known[kind].set(item.id, item);
    lists[kind] = items;
    renderList(kind);
  } catch (error) {
    lists[kind] = null;
    showError(box, error, () => loadList(kind));
  }
}

function renderList(kind) {
  const box = $('#' + kind);
  const items = lists[kind];
  done(box);
  if (!items.length) {
    return showEmpty(box, kind === 'vacancies' && !$('#show-closed-vacancies').checked ? 'match.noOpenVacancies' : 'match.none');
  }
  const list = el('ul', {class: 'list-plain'});
  for (const item of items) {
    const closed = kind === 'vacancies' && isClosed(item);
    const row = el('li', {class: 'card ' + (kind === 'vacancies' ? 'vacancy-row' : 'candidate-row') + (closed ? ' closed' : ''), dataset: {id: item.id}},
      el('strong', {}, nameOf(kind, item.id)), ' ', closed ? [closedBadge(), ' '] : null,
      el('button', {type: 'button', class: 'btn small', onclick: () => showMatches(kind, item.id)}, t('match.show')));
    if (item.status) row.dataset.status = item.status;
    list.append(row);
  }
  clear(box).append(list);
}

async function showMatches(kind, id) {
  selected = {kind, id};
  matchData = null;
  const section = $('#matches-section');
  section.hidden = false;
  hideAlert($('#match-alert'));
  $('#erase-candidate').hidden = kind !== 'candidates';
  renderTitle();
  const box = $('#matches');
  section.focus();
  // a closed vacancy gets no matches: say so rather than show an empty list
  if (kind === 'vacancies' && isClosed(known.vacancies.get(id))) return renderSelected();
  showLoading(box);
  try {
    matchData = itemsOf(await api.get('/api/matching/' + kind + '/' + encodeURIComponent(id) + '/matches', {limit: 10}));
    if (selected && selected.id === id) renderMatches();
  } catch (error) {
    matchData = null;
    if (kind === 'vacancies' && error.status === 409 && await closedMeanwhile(id)) return;
    showError(box, error, () => showMatches(kind, id));
  }
}

/** A 409 for a vacancy's matches: closed (since the list was loaded, or looked up by id)? Then that is shown. */
async function closedMeanwhile(id) {
  try {
    const vacancy = await api.get('/api/matching/vacancies/' + encodeURIComponent(id));
    known.vacancies.set(id, vacancy);
    if (!isClosed(vacancy)) return false;
    if (selected && selected.kind === 'vacancies' && selected.id === id) renderSelected();
    return true;
  } catch {
    return false;
  }
}

function renderTitle() {
  const {kind, id} = selected;
  const closed = kind === 'vacancies' && isClosed(known.vacancies.get(id));
  $('#matches-title').replaceChildren(tn(kind === 'vacancies' ? 'match.forVacancy' : 'match.forCandidate', {name: nameOf(kind, id)}),
    ...(closed ? [' ', closedBadge()] : []));
  $('#matches-title').hidden = false;
}

/** The selected vacancy's or candidate's matches again (after a language switch, or once a vacancy turned out closed). */
function renderSelected() {
  renderTitle();
  const vacancy = selected.kind === 'vacancies' ? known.vacancies.get(selected.id) : null;
  if (isClosed(vacancy)) renderClosed(vacancy);
  else if (matchData) renderMatches();
}

function renderClosed(vacancy) {
  const box = $('#matches');
  done(box);
  clear(box).append(el('div', {class: 'alert warn', id: 'vacancy-closed', role: 'status'},
    el('p', {}, el('strong', {}, vacancy.closedAt ? t('match.closedOn', {date: formatDate(vacancy.closedAt)}) : t('match.closedNotice'))),
    el('p', {}, t('match.closedExplain'))));
}

function renderMatches() {
  const box = $('#matches');
  done(box);
  if (!matchData.length) return showEmpty(box, 'match.noMatches');
  const list = el('ol', {class: 'list-plain'});
  for (const m of matchData) {
    const other = selected.kind === 'vacancies'
      ? (userText(m.candidateName) || (known.candidates.has(m.candidateId) ? nameOf('candidates', m.candidateId) : t('match.candidate') + ' ' + String(m.candidateId).slice(0, 8)))
      : (userText(m.vacancyTitle) || (known.vacancies.has(m.vacancyId) ? nameOf('vacancies', m.vacancyId) : t('match.vacancy') + ' ' + String(m.vacancyId).slice(0, 8)));
    const score = m.score != null ? Math.round(Number(m.score) * (m.score <= 1 ? 100 : 1)) + '%' : '–';
    list.append(el('li', {class: 'card match-row', dataset: {vacancyId: m.vacancyId, candidateId: m.candidateId}},
      el('h3', {}, other, ' ', el('span', {class: 'badge info'}, t('match.score', {score}))),
      el('ul', {class: 'list-plain'}, (m.explanation || []).map((x) => el('li', {},
        el('span', {class: x.met ? 'age-ok' : 'age-bad', 'aria-hidden': 'true'}, x.met ? '✓ ' : '✗ '),
        el('span', {class: 'visually-hidden'}, (x.met ? t('match.met') : t('match.notMet')) + ': '),
        // the detail names what the employer or the coach wrote (skills, places): isolated like their text
        el('strong', {}, x.criterion), x.detail ? [' — ', userText(x.detail)] : ''))),
      el('button', {type: 'button', class: 'btn small', onclick: (e) => propose(m, e.currentTarget)}, t('match.propose'))));
  }
  clear(box).append(list);
}

async function propose(m, button) {
  hideAlert($('#match-alert'));
  try {
    try {
      await busy(button, () => api.post('/api/matching/matches', {vacancyId: m.vacancyId, candidateId: m.candidateId}));
    } catch (error) {
      if (error.status !== 409) throw error;
      // a hard requirement is not met: only with a reason, which matching-service keeps for audit
      const reason = prompt(t('match.overridePrompt') + (error.detail ? '\n\n' + isolate(error.detail) : ''));
      if (!reason || !reason.trim()) throw error;
      await busy(button, () => api.post('/api/matching/matches', {vacancyId: m.vacancyId, candidateId: m.candidateId, overrideReason: reason.trim()}));
    }
    showAlert($('#match-alert'), 'success', t('match.proposed'));
    announce(t('match.proposed'));
    loadPipeline();
  } catch (error) {
    showProblem(null, $('#match-alert'), error);
  }
}

async function loadPipeline() {
  const box = $('#pipeline');
  showLoading(box);
  try {
    const items = itemsOf(await api.get('/api/matching/matches', {size: 50}));
    done(box);
    if (!items.length) return showEmpty(box, 'match.noPipeline');
    const body = el('tbody');
    const next = {PROPOSED: ['introduce', 'decline'], INTRODUCED: ['hire', 'decline']};
    for (const m of items) {
      const actions = el('td', {}, (next[m.status] || (m.status ? [] : ['introduce', 'hire', 'decline'])).map((action) =>
        el('button', {type: 'button', class: 'btn small' + (action === 'decline' ? ' danger' : ''), onclick: (e) => lifecycle(m, action, e.currentTarget)}, t('match.' + action))).flatMap((b) => [b, ' ']));
      body.append(el('tr', {},
        el('td', {}, userText(m.vacancyTitle) || (known.vacancies.has(m.vacancyId) ? nameOf('vacancies', m.vacancyId) : String(m.vacancyId || '').slice(0, 8))),
        el('td', {}, userText(m.candidateName) || (known.candidates.has(m.candidateId) ? nameOf('candidates', m.candidateId) : String(m.candidateId || '').slice(0, 8))),
        el('td', {}, m.status ? statusBadge(m.status) : '–'),
        actions));
    }
    clear(box).append(el('table', {},
      el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, t('match.vacancy')), el('th', {scope: 'col'}, t('match.candidate')),
        el('th', {scope: 'col'}, t('common.status')), el('th', {scope: 'col'}, el('span', {class: 'visually-hidden'}, t('articles.actions'))))),
      body));
  } catch (error) {
    showError(box, error, loadPipeline);
  }
}

async function lifecycle(m, action, button) {
  hideAlert($('#pipeline-alert'));
  let body;
  if (action === 'decline') {
    const reason = prompt(t('match.declineReason'));
    if (reason === null) return;
    body = reason.trim() ? {reason: reason.trim()} : {};
  }
  try {
    await busy(button, () => api.post('/api/matching/matches/' + encodeURIComponent(m.id) + '/' + action, body));
    announce(t('match.updated'));
    showAlert($('#pipeline-alert'), 'success', t('match.updated'));
    loadPipeline();
  } catch (error) {
    showProblem(null, $('#pipeline-alert'), error);
  }
}

/** Erases the selected candidate (profile and matches, for good) after the coach confirms. */
async function eraseCandidate(button) {
  if (!selected || selected.kind !== 'candidates') return;
  const id = selected.id;
  if (!confirm(t('match.eraseConfirm', {name: nameText('candidates', id)}))) return;
  hideAlert($('#match-alert'));
  try {
    await busy(button, () => api.del('/api/matching/candidates/' + encodeURIComponent(id)));
    known.candidates.delete(id);
    selected = null;
    clear($('#matches'));
    button.hidden = true;
    $('#matches-title').hidden = true;
    if ($('#lookup-id').value.trim() === id) $('#lookup-id').value = '';
    showAlert($('#match-alert'), 'success', t('match.erased'));
    announce(t('match.erased'));
    await Promise.all([loadList('candidates'), loadPipeline()]);
  } catch (error) {
    showProblem(null, $('#match-alert'), error);
  }
}

function list(value) {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

async function addCandidate(event) {
  event.preventDefault();
  const form = event.target;
  clearFieldErrors(form);
  hideAlert($('#candidate-alert'));
  const v = (name) => form.elements[name].value.trim();
  const num = (name) => (v(name) === '' ? undefined : Number(v(name)));
  const body = {
    name: v('name'),
    languages: list(v('languages')).map((x) => {
      const [code, level] = x.split(':').map((s) => s.trim());
      return {code: code.toLowerCase(), level: (level || 'A1').toUpperCase()};
    }),
    skills: list(v('skills')),
    location: {city: v('location.city') || undefined, postcode: v('location.postcode') || undefined},
    maxTravelKm: num('maxTravelKm'),
    hoursPerWeek: {min: num('hoursPerWeek.min'), max: num('hoursPerWeek.max')},
    availableFrom: v('availableFrom') || undefined,
    workAuthorisation: {basis: v('workAuthorisation.basis'), validUntil: v('workAuthorisation.validUntil') || undefined},
    consentToShare: form.elements.consentToShare.checked,
  };
  try {
    const created = await busy($('#candidate-submit'), () => api.post('/api/matching/candidates', body));
    form.reset();
    showAlert($('#candidate-alert'), 'success', t('match.candidateAdded'));
    announce(t('match.candidateAdded'));
    await loadList('candidates');
    if (created && created.id) showMatches('candidates', created.id);
  } catch (error) {
    showProblem(form, $('#candidate-alert'), error);
  }
}
