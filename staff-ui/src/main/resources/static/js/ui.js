// DOM helpers shared by every page. Data is ALWAYS put in the page as text (textContent,
// createElement); nothing here accepts HTML, so a question containing <script> shows as text.
//
// Text that people typed (titles, names, questions, answers, cities, notes) goes in as userText(x): an isolated
// <bdi>, so right-to-left text or a direction override in it can never reorder the page around it. el() drops
// the explicit direction controls from every text it is given (see withoutBidiControls), which covers text a
// page forgot to isolate too; isolate(x) is the same for places that take a plain string (title, confirm()).
import {t, tParts, has, language, currentArea} from './i18n.js';
import './lang/common.js';

/** Attributes a person reads (tooltips, labels): their text is cleaned like children. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'alt', 'placeholder', 'label']);

/** el('a', {href, class: 'x', dataset: {id}}, 'text', childNode, ...) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = withoutBidiControls(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : READ_ATTRIBUTES.has(key) ? withoutBidiControls(value) : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(withoutBidiControls(child)));
  }
}

/* ---------- text people typed: isolated ---------- */

// The explicit directional formatting characters: LRE, RLE, PDF, LRO, RLO (U+202A-U+202E) and LRI, RLI, FSI,
// PDI (U+2066-U+2069). An override (RLO) turns "Naaldwijk" into "kjiwdlaaN" and a stray PDI ends the isolation
// of the element around it (it closes the <bdi> early), so none of them is shown from data. The marks LRM, RLM
// and ALM stay: they only steer the text they stand in, and the isolation keeps that inside.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
// isolate()'s own FSI ... PDI around text without controls is kept: it can only isolate that text.
const BIDI_CONTROL_OR_CLEAN_ISOLATE = /\u2068[^\u202A-\u202E\u2066-\u2069]*\u2069|[\u202A-\u202E\u2066-\u2069]/g;

/** The text without direction controls (but for isolate()'s own pairs around clean text). */
export function withoutBidiControls(value) {
  return String(value).replace(BIDI_CONTROL_OR_CLEAN_ISOLATE, (m) => (m.length > 1 ? m : ''));
}

/** The text without any direction control: for someone's text that goes on into a form (an inserted article). */
export function plainText(value) {
  return String(value ?? '').replace(BIDI_CONTROL, '');
}

/**
 * Someone's text as a plain string that cannot reorder what stands around it: without direction controls,
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (what <bdi> does for an element). For strings only:
 * the document title, confirm() and prompt(), an <option>'s label, an aria-label. In the page use userText().
 */
export function isolate(value) {
  return '\u2068' + plainText(value) + '\u2069';
}

/**
 * Someone's text (a title, a name, a question, a city) as an isolated <bdi dir="auto" class="user-text">: its
 * direction comes from its own first letter and nothing in it reorders the page around it. null for no text.
 *   el('strong', {}, userText(v.title), ' · ', userText(v.location.city))
 */
export function userText(value, props = {}) {
  if (value === undefined || value === null || value === '') return null;
  return el('bdi', {dir: 'auto', ...props, class: ['user-text', props.class].filter(Boolean).join(' ')}, String(value));
}

/** Children for el(): the parts that are there (text or nodes), with separator between them. */
export function joined(parts, separator = ' · ') {
  return parts.filter((part) => part !== undefined && part !== null && part !== false && part !== '')
    .flatMap((part, i) => (i ? [separator, part] : [part]));
}

/**
 * t() as nodes, with values that are nodes (userText(name)) put in as they are:
 *   el('h2', {}, tn('match.forVacancy', {name: userText(title)}))
 */
export function tn(key, vars = {}) {
  const fragment = document.createDocumentFragment();
  append(fragment, tParts(key, vars).map((part) => (part == null || part instanceof Node ? part : String(part))));
  return fragment;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

/* ---------- loading / empty / error states ---------- */

export function showLoading(container, key = 'common.loading') {
  container.setAttribute('aria-busy', 'true');
  clear(container).append(el('div', {class: 'state', role: 'status'}, el('span', {class: 'spinner', 'aria-hidden': 'true'}), t(key)));
}

export function showEmpty(container, key = 'common.empty') {
  container.removeAttribute('aria-busy');
  clear(container).append(el('div', {class: 'state'}, t(key)));
}

/**
 * An error in place of the container's content. The "try again" button (onRetry) is offered only
 * for failures that can pass by themselves (see isTransient): a 404 or a 400 comes back the same.
 */
export function showError(container, error, onRetry) {
  container.removeAttribute('aria-busy');
  // a bug in the page rather than an answer from the server: keep it visible for whoever debugs
  if (error && error.status === undefined) console.error(error);
  const box = el('div', {class: 'state error', role: 'alert'}, el('strong', {}, errorMessage(error)));
  const detail = problemDetail(error);
  if (detail) box.append(serverWords(detail));
  if (onRetry && isTransient(error)) {
    box.append(el('div', {}, el('button', {type: 'button', class: 'btn small retry', onclick: onRetry}, t('common.retry'))));
  }
  clear(container).append(box);
}

/** No connection, a time-out, too many requests, or the server's or a service's failure: worth trying again. */
export function isTransient(error) {
  const status = error && error.status;
  return status === 0 || status === 408 || status === 429 || (status >= 500 && status <= 599);
}

export function done(container) {
  container.removeAttribute('aria-busy');
}

/** One line a person understands, per kind of failure. */
export function errorMessage(error) {
  if (!error) return t('error.generic');
  switch (error.status) {
    case 0: return t('error.network');
    case 401: return t('error.unauthenticated');
    case 403: return t('error.forbidden');
    case 404: return t('error.notFound');
    case 409: return t('error.conflict');
    case 413: return t('error.tooLarge');
    case 429: return error.retryAfter != null
      ? t('error.tooManyRetry', {n: error.retryAfter})
      : t('error.tooMany');
    case 400: case 422: return t('error.invalid');
    case 502: case 503: case 504: return t('error.unavailable');
    default: return error.status >= 500 ? t('error.server') : t('error.generic');
  }
}

/**
 * The server's own words, when it sent some beyond the generic title: for staff only. They are in
 * English; the public pages show the message in the reader's language alone. A 429's words repeat the
 * wait that errorMessage() gives in the reader's language already.
 */
function problemDetail(error) {
  if (!error || error.status === 0 || error.status === 429 || currentArea() === 'public') return null;
  return error.detail || null;
}

/**
 * The server's (English) words under a message in the interface language: as they are when the staff member
 * reads English, otherwise folded away under "message from the server (in English)", so the page speaks one
 * language and whoever needs the server's words for a colleague or a bug report can still open them.
 */
function serverWords(detail) {
  if (language() === 'en') return el('div', {class: 'meta server-detail', lang: 'en'}, detail);
  return el('details', {class: 'meta server-detail'},
    el('summary', {}, t('error.serverWords')),
    el('div', {lang: 'en'}, detail));
}

/**
 * A field's message: the server's (English) on staff pages; on public pages one in the reader's
 * language (field.<name>, else error.field). Messages the page made itself are its own already.
 */
function fieldMessage(error, fromServer) {
  if (!fromServer || currentArea() !== 'public') return error.message;
  return error.field && has('field.' + error.field) ? t('field.' + error.field) : t('error.field');
}

/* ---------- aria-live announcements ---------- */

export function announce(message) {
  let region = document.getElementById('live-status');
  if (!region) {
    region = el('div', {id: 'live-status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite'});
    document.body.append(region);
  }
  region.textContent = '';
  // a tick later so screen readers notice the same message twice
  setTimeout(() => { region.textContent = withoutBidiControls(message); }, 50);
}

/** A visible alert box in container (role=alert for errors, status for the rest). */
export function showAlert(container, kind, message, items = []) {
  const box = el('div', {class: 'alert ' + kind, role: kind === 'error' ? 'alert' : 'status', tabindex: '-1'}, el('div', {}, message));
  if (items.length) box.append(el('ul', {}, items.map((i) => el('li', {}, i))));
  clear(container).append(box);
  container.hidden = false;
  return box;
}

export function hideAlert(container) {
  clear(container);
  container.hidden = true;
}

/* ---------- problem details next to form fields ---------- */

export function clearFieldErrors(form) {
  for (const n of form.querySelectorAll('.field-error')) n.remove();
  for (const n of form.querySelectorAll('[aria-invalid]')) {
    n.removeAttribute('aria-invalid');
    const ids = (n.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.endsWith('-error'));
    if (ids.length) n.setAttribute('aria-describedby', ids.join(' '));
    else n.removeAttribute('aria-describedby');
  }
}

/**
 * Shows an ApiError: field messages under the matching inputs (by name or data-field), everything
 * else in alertBox. Focuses the first invalid field or the alert.
 */
export function showProblem(form, alertBox, error) {
  if (form) clearFieldErrors(form);
  const unplaced = [];
  const fromServer = Boolean(error && error.name === 'ApiError');
  let first = null;
  for (const e of (error && error.errors) || []) {
    // an input answers to its name and to every word in data-field (e.g. "translations[uk].title translations.uk")
    const field = form && e.field && (form.querySelector(`[name="${cssEscape(e.field)}"]`) || form.querySelector(`[data-field~="${cssEscape(e.field)}"]`));
    if (field) {
      const id = (field.id || field.name) + '-error';
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + id).trim());
      field.insertAdjacentElement('afterend', el('div', {class: 'field-error', id}, fieldMessage(e, fromServer)));
      first = first || field;
    } else if (fromServer && currentArea() === 'public') {
      unplaced.push(fieldMessage(e, fromServer));
    } else {
      unplaced.push((e.field ? e.field + ': ' : '') + e.message);
    }
  }
  const detail = problemDetail(error);
  const box = showAlert(alertBox, 'error', errorMessage(error), unplaced);
  if (detail) box.firstChild.after(serverWords(detail));
  if (error && error.status === 401) {
    box.append(el('p', {}, el('a', {href: '/login', target: '_blank', rel: 'noopener'}, t('error.signInNewTab'))));
  }
  (first || box).focus();
}

function cssEscape(value) {
  return window.CSS && CSS.escape ? CSS.escape(String(value)) : String(value).replace(/["\\]/g, '\\$&');
}

/** Runs action with the button disabled and marked busy; returns its result. */
export async function busy(button, action) {
  const wasDisabled = button.disabled;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.disabled = wasDisabled;
    button.removeAttribute('aria-busy');
  }
}

/* ---------- formatting ---------- */

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString(language(), {dateStyle: 'medium', timeStyle: 'short'});
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleDateString(language(), {dateStyle: 'medium'});
}

/** 5 min, 3 h, 2 d (short, language-aware units) */
export function formatDuration(ms) {
  if (ms == null || !Number.isFinite(ms)) return '–';
  const minutes = Math.round(ms / 60000);
  if (minutes < 60) return t('unit.minutes', {n: Math.max(minutes, 0)});
  const hours = ms / 3600000;
  if (hours < 48) return t('unit.hours', {n: roundTo(hours, hours < 10 ? 1 : 0)});
  return t('unit.days', {n: roundTo(hours / 24, 1)});
}

function roundTo(value, digits) {
  const f = 10 ** digits;
  return (Math.round(value * f) / f).toLocaleString(language());
}

/** Parses ISO-8601 durations (PT3H20M, P1DT2H) into milliseconds. */
export function parseIsoDuration(text) {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(text));
  if (!m) return null;
  const [, d, h, min, s] = m.map((x) => Number(x || 0));
  return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
}

/** The name of a language in the interface language (uk -> "Oekraïens" in Dutch). */
export function languageName(code) {
  if (!code) return t('common.unknown');
  if (code === 'und') return t('lang.und');
  try {
    const names = new Intl.DisplayNames([language()], {type: 'language'});
    return names.of(code) || code;
  } catch {
    return code;
  }
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', {class: 'visually-hidden', readonly: true});
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/**
 * Plain text with blank-line paragraphs and "- " lists -> DOM nodes (never HTML). Someone's text: every
 * paragraph and list item takes its direction from its own first letter (dir=auto) and is isolated.
 */
export function renderText(text) {
  const fragment = document.createDocumentFragment();
  for (const block of String(text || '').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    if (lines.every((l) => /^\s*[-*•]\s+/.test(l))) {
      fragment.append(el('ul', {}, lines.map((l) => el('li', {dir: 'auto', class: 'user-text'}, l.replace(/^\s*[-*•]\s+/, '')))));
    } else {
      const p = el('p', {dir: 'auto', class: 'user-text'});
      lines.forEach((line, i) => {
        if (i) p.append(el('br'));
        p.append(withoutBidiControls(line));
      });
      fragment.append(p);
    }
  }
  return fragment;
}

/**
 * Search snippets may mark hits as <em>/<b>/<mark>: those become <mark> elements, everything else
 * (including any other tag) stays literal text. The snippet is someone's text: one isolated <bdi>.
 */
export function renderHighlighted(text) {
  const snippet = el('bdi', {dir: 'auto', class: 'user-text'});
  const parts = String(text || '').split(/(<\/?(?:em|b|strong|mark)>)/i);
  let marked = false;
  for (const part of parts) {
    if (/^<(em|b|strong|mark)>$/i.test(part)) marked = true;
    else if (/^<\/(em|b|strong|mark)>$/i.test(part)) marked = false;
    else if (part) snippet.append(marked ? el('mark', {}, part) : withoutBidiControls(part));
  }
  return snippet;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}
