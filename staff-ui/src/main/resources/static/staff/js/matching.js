// Matching for job coaches (role MATCHER); deliberately modest.
//   GET  /api/matching/vacancies , /api/matching/candidates        lists (where matching-service offers them)
//   GET  /api/matching/{vacancies|candidates}/{id}/matches?limit=10 {items: [{vacancyId, candidateId, score, explanation: [{criterion, met, detail}]}]}
//   POST /api/matching/matches {vacancyId, candidateId, overrideReason?} (409 when a hard requirement is unmet: the coach
//        may override with a reason) ; POST /api/matching/matches/{id}/introduce | /hire | /decline {reason?}
//   DELETE /api/matching/candidates/{id}                          erases the candidate and their matches (204)
//   GET  /api/matching/matches                                      matches in progress (if offered)
//   POST /api/matching/candidates                                   a new candidate profile
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import {t, onChange} from '../../js/i18n.js';
import {announce, busy, clear, clearFieldErrors, done, el, hideAlert, showAlert, showEmpty, showError, showLoading, showProblem, $} from '../../js/ui.js';
import {statusBadge} from './common.js';
import '../../js/lang/matching.js';

const me = await initStaffPage({page: 'matching', roles: ['MATCHER']});
const names = {vacancies: new Map(), candidates: new Map()};
let selected = null;
let matchData = null;

if (me) {
  loadList('vacancies');
  loadList('candidates');
  loadPipeline();
  $('#lookup-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const value = $('#lookup-id').value.trim();
    if (value) showMatches($('#lookup-kind').value, value);
  });
  $('#candidate-form').addEventListener('submit', addCandidate);
  $('#erase-candidate').addEventListener('click', (e) => eraseCandidate(e.currentTarget));
  onChange(() => {
    if (matchData) renderMatches();
  });
}

function vacancyName(v) {
  return [v.title, v.employerName, v.location && v.location.city].filter(Boolean).join(' · ') || v.id;
}

function candidateName(c) {
  return [c.name || c.displayName || c.alias, c.location && c.location.city].filter(Boolean).join(' · ') || c.id;
}

async function loadList(kind) {
  const box = $('#' + kind);
  showLoading(box);
  try {
    const items = itemsOf(await api.get('/api/matching/' + kind, {size: 50}));
    done(box);
    if (!items.length) return showEmpty(box, 'match.none');
    const list = el('ul', {class: 'list-plain'});
    for (const item of items) {
      const label = kind === 'vacancies' ? vacancyName(item) : candidateName(item);
      names[kind].set(item.id, label);
      list.append(el('li', {class: 'card ' + (kind === 'vacancies' ? 'vacancy-row' : 'candidate-row'), dataset: {id: item.id}},
        el('strong', {}, label), ' ',
        el('button', {type: 'button', class: 'btn small', onclick: () => showMatches(kind, item.id)}, t('match.show'))));
    }
    clear(box).append(list);
  } catch (error) {
    showError(box, error, () => loadList(kind));
  }
}

async function showMatches(kind, id) {
  selected = {kind, id};
  const section = $('#matches-section');
  section.hidden = false;
  hideAlert($('#match-alert'));
  $('#matches-title').textContent = t(kind === 'vacancies' ? 'match.forVacancy' : 'match.forCandidate', {name: names[kind].get(id) || id});
  $('#matches-title').hidden = false;
  $('#erase-candidate').hidden = kind !== 'candidates';
  const box = $('#matches');
  showLoading(box);
  section.focus();
  try {
    matchData = itemsOf(await api.get('/api/matching/' + kind + '/' + encodeURIComponent(id) + '/matches', {limit: 10}));
    renderMatches();
  } catch (error) {
    matchData = null;
    showError(box, error, () => showMatches(kind, id));
  }
}

function renderMatches() {
  const box = $('#matches');
  done(box);
  if (!matchData.length) return showEmpty(box, 'match.noMatches');
  const list = el('ol', {class: 'list-plain'});
  for (const m of matchData) {
    const other = selected.kind === 'vacancies'
      ? (m.candidateName || names.candidates.get(m.candidateId) || t('match.candidate') + ' ' + String(m.candidateId).slice(0, 8))
      : (m.vacancyTitle || names.vacancies.get(m.vacancyId) || t('match.vacancy') + ' ' + String(m.vacancyId).slice(0, 8));
    const score = m.score != null ? Math.round(Number(m.score) * (m.score <= 1 ? 100 : 1)) + '%' : '–';
    list.append(el('li', {class: 'card match-row', dataset: {vacancyId: m.vacancyId, candidateId: m.candidateId}},
      el('h3', {}, other, ' ', el('span', {class: 'badge info'}, t('match.score', {score}))),
      el('ul', {class: 'list-plain'}, (m.explanation || []).map((x) => el('li', {},
        el('span', {class: x.met ? 'age-ok' : 'age-bad', 'aria-hidden': 'true'}, x.met ? '✓ ' : '✗ '),
        el('span', {class: 'visually-hidden'}, (x.met ? t('match.met') : t('match.notMet')) + ': '),
        el('strong', {}, x.criterion), x.detail ? ' — ' + x.detail : ''))),
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
      const reason = prompt(t('match.overridePrompt') + (error.detail ? '\n\n' + error.detail : ''));
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
        el('td', {}, m.vacancyTitle || names.vacancies.get(m.vacancyId) || String(m.vacancyId || '').slice(0, 8)),
        el('td', {}, m.candidateName || names.candidates.get(m.candidateId) || String(m.candidateId || '').slice(0, 8)),
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
  if (!confirm(t('match.eraseConfirm', {name: names.candidates.get(id) || id}))) return;
  hideAlert($('#match-alert'));
  try {
    await busy(button, () => api.del('/api/matching/candidates/' + encodeURIComponent(id)));
    names.candidates.delete(id);
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
