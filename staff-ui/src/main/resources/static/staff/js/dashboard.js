// Dashboard, each panel loads on its own and fails on its own.
//   GET /api/helpdesk/stats/questions-per-week?weeks=  rows {week|weekStart, language?, topic?, count}
//                                                      (or per week {byLanguage: {uk: 3}, byTopic: {...}})
//   GET /api/helpdesk/stats/response-times?from=&to=   {overall: {answered, medianSeconds, p90Seconds}, byLanguage: [{key, …}], byTopic: [...]}
//                                                      (durations also as ISO-8601 or …Minutes/…Hours)
//   GET /api/knowledge/stats/drafts-per-week?weeks=    rows {week|weekStart, created, published}
import {initStaffPage} from './shell.js';
import {api} from '../../js/api.js';
import {t, language, onChange} from '../../js/i18n.js';
import {clear, done, el, formatDuration, languageName, showEmpty, showError, showLoading, $} from '../../js/ui.js';
import {durationMs, loadTopics, topicLabel as labelOfTopic} from './common.js';
import {barChart, hbarChart, lineChart, PALETTE} from './charts.js';
import '../../js/lang/dashboard.js';

const LANGUAGE_COLOURS = {uk: PALETTE[0], ru: PALETTE[1], nl: PALETTE[2], en: PALETTE[3]};
const me = await initStaffPage({page: 'dashboard', roles: ['ANALYST', 'AGENT', 'EDITOR']});
let topics = [];
const cache = {};

if (me) {
  const weeks = new URLSearchParams(location.search).get('weeks');
  if (weeks) $('#dash-weeks').value = weeks;
  $('#dash-weeks').addEventListener('change', () => {
    history.replaceState(null, '', '?weeks=' + $('#dash-weeks').value);
    loadAll();
  });
  onChange(renderAll);
  topics = await loadTopics();
  loadAll();
}

/** 'none' is how the statistics name questions without a topic */
function topicLabel(list, code) {
  return labelOfTopic(list, code === 'none' ? '' : code);
}

function weeks() {
  return Number($('#dash-weeks').value);
}

function loadAll() {
  panel('questions', '/api/helpdesk/stats/questions-per-week', ['#qpw-language', '#qpw-topic', '#top-topics'], renderQuestions);
  panel('times', '/api/helpdesk/stats/response-times', ['#response-times', '#response-times-topic'], renderTimes);
  panel('drafts', '/api/knowledge/stats/drafts-per-week', ['#drafts-chart'], renderDrafts);
}

function renderAll() {
  if (cache.questions) renderQuestions(cache.questions);
  if (cache.times) renderTimes(cache.times);
  if (cache.drafts) renderDrafts(cache.drafts);
}

async function panel(key, path, selectors, render) {
  const boxes = selectors.map((s) => $(s));
  boxes.forEach((b) => showLoading(b));
  try {
    const since = new Date(Date.now() - weeks() * 7 * 86400000).toISOString().slice(0, 10);
    cache[key] = await api.get(path, {weeks: weeks(), from: key === 'times' ? since : null});
    boxes.forEach((b) => done(b));
    render(cache[key]);
  } catch (error) {
    cache[key] = null;
    boxes.forEach((b) => showError(b, error, () => panel(key, path, selectors, render)));
  }
}

/* ---------- shapes ---------- */

function rowsOf(data) {
  if (Array.isArray(data)) return data;
  return (data && (data.items || data.weeks || data.rows)) || [];
}

function weekOf(row) {
  return row.week || row.weekStart || row.weekOf || row.start || row.from || row.date || '';
}

function weekLabel(week) {
  if (/^\d{4}-\d{2}-\d{2}/.test(week)) {
    return new Date(week.slice(0, 10) + 'T00:00:00').toLocaleDateString(language(), {day: 'numeric', month: 'short'});
  }
  return String(week).replace(/^\d{4}-W/, 'W');
}

function entries(value, keyName) {
  if (!value) return [];
  if (Array.isArray(value)) return value.map((x) => [x[keyName] ?? x.key ?? x.code, x.count ?? x.value ?? x.questions ?? 0]);
  return Object.entries(value);
}

/** → {weeks: [...], byLanguage: Map(week → Map(lang → n)), byTopic: Map(week → Map(topic → n))} */
function weekly(data) {
  const byLanguage = new Map();
  const byTopic = new Map();
  const weeksSeen = new Set();
  const add = (map, week, key, n) => {
    weeksSeen.add(week);
    if (!map.has(week)) map.set(week, new Map());
    const m = map.get(week);
    m.set(key, (m.get(key) || 0) + Number(n || 0));
  };
  for (const r of rowsOf(data)) {
    const week = weekOf(r);
    if (r.byLanguage || r.byTopic || r.languages || r.topics) {
      for (const [k, n] of entries(r.byLanguage || r.languages, 'language')) add(byLanguage, week, k, n);
      for (const [k, n] of entries(r.byTopic || r.topics, 'topic')) add(byTopic, week, k, n);
    } else {
      const n = r.count ?? r.questions ?? r.total ?? 0;
      if ('language' in r) add(byLanguage, week, r.language || 'und', n);
      if ('topic' in r) add(byTopic, week, r.topic || '', n);
    }
  }
  for (const [key, map, name] of [['byLanguage', byLanguage, 'language'], ['byTopic', byTopic, 'topic']]) {
    if (data && Array.isArray(data[key])) for (const r of data[key]) add(map, weekOf(r), r[name] || '', r.count ?? 0);
  }
  // weeks without questions are weeks too: fill them in from the period's first Monday
  if (data && data.from && /^\d{4}-\d{2}-\d{2}$/.test(data.from) && data.weeks) {
    const start = new Date(data.from + 'T00:00:00Z');
    for (let i = 0; i < data.weeks; i++) weeksSeen.add(new Date(start.getTime() + i * 7 * 86400000).toISOString().slice(0, 10));
  }
  return {weeks: [...weeksSeen].sort(), byLanguage, byTopic};
}

function seriesFrom(map, weeksList, keys, nameOf, colourOf) {
  return keys.map((k, i) => ({
    name: nameOf(k),
    color: colourOf ? colourOf(k, i) : undefined,
    values: weeksList.map((w) => (map.get(w) && map.get(w).get(k)) || 0),
  }));
}

function keysByTotal(map) {
  const totals = new Map();
  for (const m of map.values()) for (const [k, n] of m) totals.set(k, (totals.get(k) || 0) + n);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/* ---------- panels ---------- */

function renderQuestions(data) {
  const w = weekly(data);
  const categories = w.weeks.map(weekLabel);
  const langBox = clear($('#qpw-language'));
  const topicBox = clear($('#qpw-topic'));
  const topBox = clear($('#top-topics'));
  if (!w.weeks.length) {
    [langBox, topicBox, topBox].forEach((b) => showEmpty(b, 'dash.noData'));
    return;
  }
  const langKeys = keysByTotal(w.byLanguage).map(([k]) => k);
  if (langKeys.length) {
    langBox.append(barChart({label: t('dash.byLanguage'), categories, stacked: true,
      series: seriesFrom(w.byLanguage, w.weeks, langKeys, (k) => languageName(k), (k, i) => LANGUAGE_COLOURS[k] || PALETTE[4 + (i % 6)])}));
  } else showEmpty(langBox, 'dash.noData');

  const topicTotals = keysByTotal(w.byTopic);
  if (topicTotals.length) {
    const top = topicTotals.slice(0, 6).map(([k]) => k);
    const series = seriesFrom(w.byTopic, w.weeks, top, (k) => topicLabel(topics, k));
    if (topicTotals.length > 6) {
      const rest = topicTotals.slice(6).map(([k]) => k);
      series.push({name: t('dash.otherTopics'), color: '#7F7F7F',
        values: w.weeks.map((wk) => rest.reduce((sum, k) => sum + ((w.byTopic.get(wk) && w.byTopic.get(wk).get(k)) || 0), 0))});
    }
    topicBox.append(barChart({label: t('dash.byTopic'), categories, stacked: true, series}));
    topBox.append(hbarChart({label: t('dash.topTopics'), items: topicTotals.slice(0, 10).map(([k, n]) => ({label: topicLabel(topics, k), value: n}))}));
  } else {
    showEmpty(topicBox, 'dash.noData');
    showEmpty(topBox, 'dash.noData');
  }
}

function pickDuration(o, ...bases) {
  if (!o) return null;
  for (const b of bases) {
    const units = [['', 'seconds'], ['Seconds', 'seconds'], ['Minutes', 'minutes'], ['Hours', 'hours'], ['Millis', 'millis'], ['Ms', 'millis']];
    for (const [suffix, unit] of units) {
      if (o[b + suffix] != null) return durationMs(o[b + suffix], unit);
    }
  }
  return null;
}

function median(o) {
  return pickDuration(o, 'median', 'p50', 'medianTimeToFirstAnswer');
}

function p90(o) {
  return pickDuration(o, 'p90', 'percentile90', 'p90TimeToFirstAnswer');
}

function groupRows(value, keyName) {
  if (!value) return [];
  if (Array.isArray(value)) return value.map((r) => [r[keyName] ?? r.key ?? r.code, r]);
  return Object.entries(value);
}

function hours(ms) {
  return ms == null ? 0 : ms / 3600000;
}

function timesChart(rows, nameOf, label) {
  const categories = rows.map(([k]) => nameOf(k));
  return barChart({label, categories,
    format: (v) => formatDuration(v * 3600000),
    axisFormat: (v) => t('unit.hours', {n: Math.round(v * 10) / 10}),
    series: [
      {name: t('dash.median'), color: PALETTE[0], values: rows.map(([, r]) => hours(median(r)))},
      {name: t('dash.p90'), color: PALETTE[1], values: rows.map(([, r]) => hours(p90(r)))},
    ]});
}

function renderTimes(data) {
  const box = clear($('#response-times'));
  const topicBox = clear($('#response-times-topic'));
  const overall = data.overall || data.total || data;
  const m = median(overall);
  const p = p90(overall);
  if (m != null || p != null) {
    box.append(el('dl', {class: 'kv'},
      el('dt', {}, t('dash.median')), el('dd', {}, el('strong', {}, formatDuration(m))),
      el('dt', {}, t('dash.p90')), el('dd', {}, el('strong', {}, formatDuration(p))),
      (overall.count ?? overall.answered) != null ? [el('dt', {}, t('dash.answered')), el('dd', {}, String(overall.count ?? overall.answered))] : null));
  }
  const byLanguage = groupRows(data.byLanguage, 'language');
  if (byLanguage.length) box.append(timesChart(byLanguage, (k) => languageName(k), t('dash.responseTimes')));
  if (!box.childNodes.length) showEmpty(box, 'dash.noData');
  const byTopic = groupRows(data.byTopic, 'topic');
  if (byTopic.length) topicBox.append(timesChart(byTopic, (k) => topicLabel(topics, k), t('dash.responseTimesTopic')));
  else showEmpty(topicBox, 'dash.noData');
}

function renderDrafts(data) {
  const box = clear($('#drafts-chart'));
  const rows = rowsOf(data).slice().sort((a, b) => String(weekOf(a)).localeCompare(String(weekOf(b))));
  if (!rows.length) return showEmpty(box, 'dash.noData');
  box.append(lineChart({label: t('dash.drafts'), categories: rows.map((r) => weekLabel(weekOf(r))), series: [
    {name: t('dash.created'), values: rows.map((r) => r.created ?? r.draftsCreated ?? 0)},
    {name: t('dash.published'), values: rows.map((r) => r.published ?? r.articlesPublished ?? 0)},
  ]}));
}
