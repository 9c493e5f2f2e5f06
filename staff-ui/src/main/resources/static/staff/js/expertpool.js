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
// Every piece of data goes into the page as text (el()/textContent), never as HTML.
import {initStaffPage} from './shell.js';
import {api, itemsOf} from '../../js/api.js';
import * as i18n from '../../js/i18n.js';
import {t, onChange} from '../../js/i18n.js';
import {announce, busy, clear, clearFieldErrors, done, el, hideAlert, showAlert, showEmpty, showError, showLoading, showProblem, formatDate, formatDateTime, $} from '../../js/ui.js';

const STATUSES = ['RAISED', 'PRIORITISED', 'PRESENTED', 'SUBMITTED', 'ANSWERED', 'CLOSED'];
const STATUS_KIND = {RAISED: 'warn', PRIORITISED: 'info', PRESENTED: 'info', SUBMITTED: 'info', ANSWERED: 'ok', CLOSED: ''};
const PAGE_SIZE = 100; // the most the service answers in one page
const TOPICS = ['temporary-protection-residence', 'municipal-registration-bsn', 'living-allowance', 'work-employer-notification',
  'health-care-insurance', 'housing-shelter', 'education-school', 'language-lessons', 'banking', 'transport-driving-licence',
  'travel-ukraine', 'benefits', 'pets', 'documents', 'mental-health', 'other'];

// key: [nl, en, uk]
const WORDS = {
  'ep.title': ['Expertpool', 'Expert pool', 'Експертна група'],
  'ep.tab.experts': ['Experts', 'Experts', 'Експерти'],
  'ep.tab.sessions': ['Sessies', 'Sessions', 'Зустрічі'],
  'ep.tab.agenda': ['Agendapunten', 'Agenda points', 'Питання порядку денного'],
  'ep.tab.signals': ['Signalen', 'Signals', 'Сигнали'],
  'ep.tab.brief': ['Notitie voor Kamerleden', 'Brief for MPs', 'Записка для депутатів'],
  'ep.theme': ['Thema', 'Theme', 'Тема'],
  'ep.themes': ['Thema\'s', 'Themes', 'Теми'],
  'ep.filter': ['Filteren', 'Filter', 'Фільтрувати'],
  'ep.name': ['Naam', 'Name', 'Ім\'я'],
  'ep.city': ['Woonplaats', 'City', 'Місто'],
  'ep.email': ['E-mail', 'E-mail', 'Ел. пошта'],
  'ep.phone': ['Telefoon', 'Phone', 'Телефон'],
  'ep.languages': ['Talen', 'Languages', 'Мови'],
  'ep.languagesHint': ['codes, met komma\'s, bijv. uk, ru, nl', 'codes, comma separated, e.g. uk, ru, nl', 'коди через кому, напр. uk, ru, nl'],
  'ep.themesHint': ['helpdeskonderwerpen of eigen woorden, met komma\'s', 'helpdesk topics or own words, comma separated', 'теми довідкової служби або власні слова, через кому'],
  'ep.consent': ['Toestemming', 'Consent', 'Згода'],
  'ep.consent.participate': ['Doet mee aan sessies', 'Takes part in sessions', 'Бере участь у зустрічах'],
  'ep.consent.quote': ['Mag anoniem geciteerd worden', 'May be quoted anonymously', 'Можна цитувати анонімно'],
  'ep.consent.contact': ['Mag benaderd worden', 'May be contacted', 'Можна контактувати'],
  'ep.consent.since': ['sinds {date}', 'since {date}', 'з {date}'],
  'ep.expert.add': ['Expert toevoegen', 'Add an expert', 'Додати експерта'],
  'ep.expert.submit': ['Expert toevoegen', 'Add expert', 'Додати експерта'],
  'ep.expert.added': ['Expert toegevoegd', 'Expert added', 'Експерта додано'],
  'ep.expert.none': ['Nog geen experts.', 'No experts yet.', 'Ще немає експертів.'],
  'ep.expert.active': ['Doet mee', 'Takes part', 'Бере участь'],
  'ep.expert.inactive': ['Doet niet mee', 'Does not take part', 'Не бере участі'],
  'ep.expert.withdraw': ['Toestemming intrekken', 'Withdraw consent', 'Відкликати згоду'],
  'ep.expert.withdrawConfirm': ['Toestemming van {name} intrekken? Open uitnodigingen vervallen.', 'Withdraw the consent of {name}? Open invitations are cancelled.', 'Відкликати згоду {name}? Відкриті запрошення буде скасовано.'],
  'ep.expert.withdrawn': ['Toestemming ingetrokken', 'Consent withdrawn', 'Згоду відкликано'],
  'ep.expert.erase': ['Gegevens wissen', 'Erase data', 'Видалити дані'],
  'ep.expert.eraseConfirm': ['Alle persoonsgegevens van {name} wissen? Dit kan niet ongedaan worden.', 'Erase all personal data of {name}? This cannot be undone.', 'Видалити всі персональні дані {name}? Це не можна скасувати.'],
  'ep.expert.erased': ['Persoonsgegevens gewist', 'Personal data erased', 'Персональні дані видалено'],
  'ep.actions': ['Acties', 'Actions', 'Дії'],
  'ep.sessions': ['Sessies', 'Sessions', 'Зустрічі'],
  'ep.session.add': ['Sessie plannen', 'Schedule a session', 'Запланувати зустріч'],
  'ep.session.title': ['Titel', 'Title', 'Назва'],
  'ep.session.startsAt': ['Begint op', 'Starts at', 'Початок'],
  'ep.session.language': ['Taal', 'Language', 'Мова'],
  'ep.session.capacity': ['Plaatsen', 'Places', 'Місць'],
  'ep.session.location': ['Plaats of online link', 'Place or online link', 'Місце або посилання'],
  'ep.session.submit': ['Sessie plannen', 'Schedule session', 'Запланувати зустріч'],
  'ep.session.scheduled': ['Sessie gepland', 'Session scheduled', 'Зустріч заплановано'],
  'ep.session.none': ['Nog geen sessies.', 'No sessions yet.', 'Ще немає зустрічей.'],
  'ep.session.open': ['Openen', 'Open', 'Відкрити'],
  'ep.session.counts': ['{invited} uitgenodigd · {accepted} komen · {attended} aanwezig', '{invited} invited · {accepted} coming · {attended} attended', '{invited} запрошено · {accepted} прийдуть · {attended} були'],
  'ep.session.places': ['{n} plaatsen', '{n} places', '{n} місць'],
  'ep.session.held': ['gehouden', 'held', 'відбулася'],
  'ep.session.suggested': ['Voorgestelde experts', 'Suggested experts', 'Запропоновані експерти'],
  'ep.session.suggestedHint': ['Zij kennen het thema, spreken de taal en geven toestemming. Niemand wordt uitgenodigd tot je verstuurt.', 'They know the theme, speak the language and consent. Nobody is invited until you send.', 'Вони знають тему, розмовляють мовою і дали згоду. Нікого не запрошено, доки ви не надішлете.'],
  'ep.session.noSuggestions': ['Geen passende experts die nog niet zijn uitgenodigd.', 'No fitting experts who are not invited yet.', 'Немає відповідних експертів, яких ще не запрошено.'],
  'ep.session.invite': ['Geselecteerden uitnodigen', 'Invite selected', 'Запросити вибраних'],
  'ep.session.invited': ['Uitnodigingen verstuurd', 'Invitations sent', 'Запрошення надіслано'],
  'ep.session.invitations': ['Uitnodigingen en antwoorden', 'Invitations and replies', 'Запрошення та відповіді'],
  'ep.session.noInvitations': ['Nog niemand uitgenodigd.', 'Nobody invited yet.', 'Ще нікого не запрошено.'],
  'ep.session.accept': ['Komt', 'Accepts', 'Прийде'],
  'ep.session.decline': ['Komt niet', 'Declines', 'Не прийде'],
  'ep.session.replied': ['Antwoord vastgelegd', 'Reply recorded', 'Відповідь записано'],
  'ep.session.attendance': ['Aanwezigheid', 'Attendance', 'Присутність'],
  'ep.session.recordAttendance': ['Aanwezigheid vastleggen', 'Record attendance', 'Записати присутність'],
  'ep.session.attendanceRecorded': ['Aanwezigheid vastgelegd', 'Attendance recorded', 'Присутність записано'],
  'ep.session.selectSome': ['Kies eerst experts.', 'Choose experts first.', 'Спочатку виберіть експертів.'],
  'ep.session.minutes': ['Verslag', 'Minutes', 'Протокол'],
  'ep.session.saveMinutes': ['Verslag opslaan', 'Save minutes', 'Зберегти протокол'],
  'ep.session.minutesSaved': ['Verslag opgeslagen', 'Minutes saved', 'Протокол збережено'],
  'ep.session.notStarted': ['Aanwezigheid en verslag kun je vastleggen zodra de sessie begonnen is.', 'Attendance and minutes can be recorded once the session has started.', 'Присутність і протокол можна записати, щойно зустріч почнеться.'],
  'ep.session.invitationsClosed': ['Uitnodigen kan alleen vóór het begin van de sessie.', 'Invitations are sent only before the session starts.', 'Запрошення надсилають лише до початку зустрічі.'],
  'ep.refused': ['Dat kan (nog) niet.', 'This is not possible (yet).', 'Це (поки що) неможливо.'],
  'ep.invitation.INVITED': ['Uitgenodigd', 'Invited', 'Запрошено'],
  'ep.invitation.ACCEPTED': ['Komt', 'Coming', 'Прийде'],
  'ep.invitation.DECLINED': ['Komt niet', 'Not coming', 'Не прийде'],
  'ep.invitation.CANCELLED': ['Vervallen', 'Cancelled', 'Скасовано'],
  'ep.invitation.attended': ['aanwezig', 'attended', 'був(ла)'],
  'ep.erased': ['(gewist)', '(erased)', '(видалено)'],
  'ep.point.add': ['Agendapunt inbrengen', 'Raise an agenda point', 'Додати питання'],
  'ep.point.session': ['Sessie', 'Session', 'Зустріч'],
  'ep.point.raisedBy': ['Ingebracht door (optioneel)', 'Raised by (optional)', 'Хто підняв (необов\'язково)'],
  'ep.point.text': ['Agendapunt', 'Agenda point', 'Питання'],
  'ep.point.submit': ['Punt inbrengen', 'Raise point', 'Додати питання'],
  'ep.point.raised': ['Agendapunt ingebracht', 'Agenda point raised', 'Питання додано'],
  'ep.point.noSessions': ['Nog geen sessie begonnen: een punt wordt ingebracht in een sessie die begonnen is.', 'No session has started yet: a point is raised in a session that has started.', 'Ще жодна зустріч не почалася: питання піднімають на зустрічі, яка вже почалася.'],
  'ep.point.supporterCount': ['{n} steunen dit', '{n} support this', 'Підтримують: {n}'],
  'ep.point.open': ['Details', 'Details', 'Деталі'],
  'ep.point.nextStep': ['Volgende stap', 'Next step', 'Наступний крок'],
  'ep.point.nextStatus': ['Nieuwe status', 'New status', 'Новий статус'],
  'ep.point.noNext': ['Dit punt is gesloten.', 'This point is closed.', 'Це питання закрите.'],
  'ep.point.priority': ['Prioriteit (1 = eerst)', 'Priority (1 = first)', 'Пріоритет (1 = перший)'],
  'ep.point.visitDate': ['Datum van het bezoek aan de Kamer', 'Date of the visit to parliament', 'Дата візиту до парламенту'],
  'ep.point.visitors': ['Experts die meegingen', 'Experts who went', 'Експерти, які ходили'],
  'ep.point.reference': ['Kenmerk van de schriftelijke vragen', 'Reference of the written questions', 'Номер письмових запитань'],
  'ep.point.answeredOn': ['Beantwoord op', 'Answered on', 'Дата відповіді'],
  'ep.point.answerSummary': ['Samenvatting van het antwoord', 'Summary of the answer', 'Короткий зміст відповіді'],
  'ep.point.note': ['Notitie', 'Note', 'Примітка'],
  'ep.point.passing': ['Onderweg naar de nieuwe status: {statuses}. Wat daar gebeurde kun je hier ook vastleggen (alles optioneel).',
    'On the way to the new status: {statuses}. What happened there can be recorded here as well (all optional).',
    'Дорогою до нового статусу: {statuses}. Що відбулося на цих етапах, можна записати й тут (усе необов\'язково).'],
  'ep.point.step': ['Deze stap zetten', 'Take this step', 'Зробити цей крок'],
  'ep.point.stepped': ['Status is nu {status}', 'Status is now {status}', 'Статус тепер {status}'],
  'ep.point.supporters': ['Steun', 'Supporters', 'Підтримка'],
  'ep.point.noSupporters': ['Nog niemand.', 'Nobody yet.', 'Ще ніхто.'],
  'ep.point.supportBy': ['Expert', 'Expert', 'Експерт'],
  'ep.point.quote': ['Citaat (optioneel, anoniem getoond bij toestemming)', 'Quote (optional, shown anonymously if they consent)', 'Цитата (необов\'язково, анонімно за згодою)'],
  'ep.point.support': ['Steun toevoegen', 'Add support', 'Додати підтримку'],
  'ep.point.supported': ['Steun vastgelegd', 'Support recorded', 'Підтримку записано'],
  'ep.point.history': ['Geschiedenis', 'History', 'Історія'],
  'ep.point.reference.short': ['kenmerk {ref}', 'reference {ref}', 'номер {ref}'],
  'ep.point.visit.short': ['bezoek {date}, {n} experts', 'visit {date}, {n} experts', 'візит {date}, експертів: {n}'],
  'ep.point.answer.short': ['antwoord {date}: {summary}', 'answer {date}: {summary}', 'відповідь {date}: {summary}'],
  'ep.board': ['Bord', 'Board', 'Дошка'],
  'ep.more': ['Meer tonen ({shown} van {total})', 'Show more ({shown} of {total})', 'Показати більше ({shown} з {total})'],
  'ep.moreShown': ['{shown} van {total} getoond', '{shown} of {total} shown', 'Показано {shown} з {total}'],
  'ep.board.count': ['{n} punten met deze status', '{n} points with this status', 'Питань із цим статусом: {n}'],
  'ep.status.RAISED': ['Ingebracht', 'Raised', 'Піднято'],
  'ep.status.PRIORITISED': ['Geprioriteerd', 'Prioritised', 'Пріоритезовано'],
  'ep.status.PRESENTED': ['Gepresenteerd aan Kamerleden', 'Presented to MPs', 'Представлено депутатам'],
  'ep.status.SUBMITTED': ['Schriftelijke vragen gesteld', 'Written questions submitted', 'Письмові запитання подано'],
  'ep.status.ANSWERED': ['Beantwoord', 'Answered', 'Отримано відповідь'],
  'ep.status.CLOSED': ['Gesloten', 'Closed', 'Закрито'],
  'ep.signals.intro': ['Wat nieuwkomers nu aan de helpdesk vragen en waar de kennisbank gaten heeft: alleen aantallen.', 'What newcomers ask the helpdesk now and where the knowledge base has gaps: counts only.', 'Що зараз питають у довідковій службі та де бракує статей: лише кількості.'],
  'ep.signals.weeks': ['Periode (weken)', 'Period (weeks)', 'Період (тижнів)'],
  'ep.signals.mostAsked': ['Meest gevraagd', 'Most asked', 'Найчастіші питання'],
  'ep.signals.rising': ['Stijgend', 'Rising', 'Зростають'],
  'ep.signals.gaps': ['Gaten in de kennisbank', 'Knowledge gaps', 'Прогалини в базі знань'],
  'ep.signals.byLanguage': ['Per taal', 'By language', 'За мовою'],
  'ep.signals.questions': ['Vragen', 'Questions', 'Питання'],
  'ep.signals.previous': ['Periode ervoor', 'Period before', 'Попередній період'],
  'ep.signals.change': ['Verschil', 'Change', 'Зміна'],
  'ep.signals.articles': ['Artikelen', 'Articles', 'Статті'],
  'ep.signals.language': ['Taal', 'Language', 'Мова'],
  'ep.signals.total': ['{n} vragen van {from} tot en met {to}', '{n} questions from {from} to {to}', '{n} питань з {from} по {to}'],
  'ep.signals.none': ['Nog geen cijfers voor deze periode.', 'No figures for this period yet.', 'Ще немає даних за цей період.'],
  'ep.signals.planSession': ['Sessie plannen', 'Plan a session', 'Запланувати зустріч'],
  'ep.brief.intro': ['Kies de agendapunten voor een notitie aan Kamerleden.', 'Choose the agenda points for a brief to members of parliament.', 'Виберіть питання для записки депутатам.'],
  'ep.brief.points': ['Agendapunten', 'Agenda points', 'Питання'],
  'ep.brief.lang': ['Taal van de notitie', 'Language of the brief', 'Мова записки'],
  'ep.brief.open': ['Afdrukbare notitie openen', 'Open the printable brief', 'Відкрити записку для друку'],
  'ep.brief.download': ['Downloaden als Markdown', 'Download as Markdown', 'Завантажити як Markdown'],
  'ep.brief.none': ['Nog geen agendapunten.', 'No agenda points yet.', 'Ще немає питань.'],
};
const dictionaries = {nl: {}, en: {}, uk: {}};
for (const [key, [nl, en, uk]] of Object.entries(WORDS)) {
  dictionaries.nl[key] = nl;
  dictionaries.en[key] = en;
  dictionaries.uk[key] = uk;
}
i18n.registerAll(dictionaries);

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
      expert.name, expert.city ? ' · ' + expert.city : '', ' ',
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
    ...activeExperts().map((x) => el('option', {value: x.id}, x.name)));
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
    el('td', {}, el('strong', {}, x.name || ''), x.city ? el('div', {class: 'meta'}, x.city) : null),
    el('td', {}, (x.languages || []).join(', ')),
    el('td', {}, (x.themes || []).join(', ')),
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
  if (!confirm(t('ep.expert.withdrawConfirm', {name: expert.name}))) return;
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
  if (!confirm(t('ep.expert.eraseConfirm', {name: expert.name}))) return;
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
  select.replaceChildren(...started.map((s) => el('option', {value: s.id}, s.title + ' · ' + formatDate(s.startsAt))));
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
    el('td', {}, el('strong', {}, s.title), el('div', {class: 'meta'}, s.location)),
    el('td', {}, s.theme),
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
  $('#session-detail-title').textContent = s.title;
  $('#session-detail-meta').textContent = [formatDateTime(s.startsAt), s.theme, s.language, s.location,
    t('ep.session.counts', countsOf(s)), t('ep.session.places', {n: s.capacity})].join(' · ');
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
      el('td', {}, i.name || t('ep.erased')),
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
        el('p', {}, p.text),
        el('div', {class: 'meta'}, p.theme, ' · ', t('ep.point.supporterCount', {n: p.supporterCount || 0}),
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
  $('#point-detail-text').textContent = p.text;
  $('#point-status').replaceChildren(statusBadge(p.status));
  $('#point-detail-meta').textContent = [p.theme, t('ep.point.supporterCount', {n: p.supporterCount || 0}), formatDate(p.raisedAt)].join(' · ');
  const facts = [];
  if (p.visitDate) facts.push(t('ep.point.visit.short', {date: formatDate(p.visitDate), n: (p.visitors || []).length}));
  if (p.reference) facts.push(t('ep.point.reference.short', {ref: p.reference}));
  if (p.answeredOn) facts.push(t('ep.point.answer.short', {date: formatDate(p.answeredOn), summary: p.answerSummary || ''}));
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
    ? supporters.map((s) => el('li', {class: 'supporter', dataset: {expertId: s.expertId}}, s.name || t('ep.erased'),
      s.quote ? el('div', {class: 'meta'}, '“', s.quote, '”') : null))
    : [el('li', {class: 'meta'}, t('ep.point.noSupporters'))]));
  $('#point-history').replaceChildren(...(p.history || []).map((h) => el('li', {dataset: {status: h.to}},
    el('strong', {}, t('ep.status.' + h.to)), ' · ', formatDateTime(h.changedAt), h.changedBy ? ' · ' + h.changedBy : '',
    h.reference ? ' · ' + t('ep.point.reference.short', {ref: h.reference}) : '',
    h.visitDate ? ' · ' + t('ep.point.visit.short', {date: formatDate(h.visitDate), n: h.visitorCount || 0}) : '',
    h.answeredOn ? ' · ' + t('ep.point.answer.short', {date: formatDate(h.answeredOn), summary: h.answerSummary || ''}) : '',
    h.note ? el('div', {class: 'meta'}, h.note) : null)));
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
        (s.mostAsked || []).map((x) => [x.theme, String(x.questions), String(x.previousQuestions), language(x.byLanguage), planButton(x.theme)]))),
    el('section', {}, el('h3', {}, t('ep.signals.rising')),
      table('signals-rising', ['ep.theme', 'ep.signals.questions', 'ep.signals.previous', 'ep.signals.change'],
        (s.rising || []).map((x) => [x.theme, String(x.questions), String(x.previousQuestions), '+' + x.change + (x.changePercent != null ? ' (' + x.changePercent + '%)' : '')]))),
    el('section', {}, el('h3', {}, t('ep.signals.gaps')),
      table('signals-gaps', ['ep.theme', 'ep.signals.questions', 'ep.signals.articles'],
        (s.knowledgeGaps || []).map((x) => [x.theme, String(x.questions), String(x.publishedArticles)]))),
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
      p.text, ' ', statusBadge(p.status), el('span', {class: 'meta'}, ' · ', p.theme)));
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
