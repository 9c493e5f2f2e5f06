// Tiny i18n helper: one dictionary per language, a choice persisted in localStorage, and
// data-i18n attributes filled in by apply(). Pages and feature modules add their own keys with
// register(), so the expert-pool page can bring its words without touching this file.
//
//   <h1 data-i18n="inbox.title"></h1>
//   <input data-i18n-placeholder="search.placeholder" data-i18n-aria-label="search.label">
//   import * as i18n from '/js/i18n.js';
//   i18n.register('nl', {'inbox.title': 'Inbox'});
//   i18n.init({area: 'staff'});   // sets <html lang>, fills the page, listens for changes
//   i18n.t('inbox.count', {n: 3}); // "{n} vragen" -> "3 vragen"
//   a count takes its form from Intl.PluralRules: {one: '{n} vraag', other: '{n} vragen'} (uk/ru also few, many),
//   always with the count as {n}

const dictionaries = {};
const listeners = new Set();

/** Languages per area; the first one is the default when nothing else fits. */
export const AREAS = {
  public: ['uk', 'ru', 'nl', 'en'],
  staff: ['nl', 'en', 'uk'],
};

/** Names of languages in their own language (for switchers) */
export const NATIVE_NAMES = {
  uk: 'Українська', ru: 'Русский', nl: 'Nederlands', en: 'English',
};

let area = 'public';
let current = 'uk';

export function register(lang, dict) {
  dictionaries[lang] = Object.assign(dictionaries[lang] || {}, dict);
}

/** register({nl: {...}, en: {...}}) */
export function registerAll(byLanguage) {
  for (const [lang, dict] of Object.entries(byLanguage)) register(lang, dict);
}

function storageKey() {
  return 'wegwijs.lang.' + area;
}

function readStored() {
  try {
    return localStorage.getItem(storageKey());
  } catch {
    return null;
  }
}

/** 'public' or 'staff': the pages' audience, as given to init(). */
export function currentArea() {
  return area;
}

export function supportedLanguages() {
  return AREAS[area];
}

/** Picks the language (URL ?lang=, stored choice, browser languages, area default) and applies it. */
export function init(options = {}) {
  area = options.area || 'public';
  const supported = AREAS[area];
  const fromUrl = new URLSearchParams(location.search).get('ui');
  const browser = (navigator.languages || [navigator.language || ''])
    .map((l) => String(l).slice(0, 2).toLowerCase());
  const candidates = [fromUrl, readStored(), ...browser];
  current = candidates.find((l) => l && supported.includes(l)) || supported[0];
  document.documentElement.lang = current;
  apply();
  return current;
}

/**
 * Prefers one of these languages (e.g. the ones a staff account speaks) when the person has not
 * chosen one yet; not stored, so the browser's or a later explicit choice still wins next time.
 */
export function suggest(languages = []) {
  if (readStored() || new URLSearchParams(location.search).get('ui')) return;
  const pick = languages.map((l) => String(l).slice(0, 2).toLowerCase()).find((l) => AREAS[area].includes(l));
  if (!pick || pick === current) return;
  current = pick;
  document.documentElement.lang = pick;
  apply();
  for (const fn of listeners) fn(pick);
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!AREAS[area].includes(lang) || lang === current) return;
  current = lang;
  try {
    localStorage.setItem(storageKey(), lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  apply();
  for (const fn of listeners) fn(lang);
}

/** Called after a language switch so pages can redraw what they built from data. */
export function onChange(fn) {
  listeners.add(fn);
}

/** Every entry registered for lang, as a copy: for checks over all the words (the unit tests). */
export function entries(lang) {
  return {...(dictionaries[lang] || {})};
}

export function has(key) {
  return key in (dictionaries[current] || {}) || key in (dictionaries.en || {});
}

/**
 * The words for key with the count {n} in the right form. An entry is a string, or, for a count, the forms by
 * Intl.PluralRules category of its language: {one: '{n} artikel', other: '{n} artikelen'}; Ukrainian and Russian
 * also need few and many ({one: '{n} стаття', few: '{n} статті', many: '{n} статей', other: '{n} статті'}).
 */
function template(key, vars) {
  let lang = current;
  let entry = (dictionaries[current] || {})[key];
  if (entry === undefined) {
    lang = 'en';
    entry = (dictionaries.en || {})[key];
  }
  if (entry === undefined) return key;
  if (typeof entry === 'string') return entry;
  return entry[pluralCategory(lang, vars && vars.n)] ?? entry.other ?? key;
}

const pluralRules = {};

/** Intl.PluralRules' category (one, few, many, other…) of n in lang; 'other' for what is not a number. */
export function pluralCategory(lang, n) {
  const number = typeof n === 'number' ? n : typeof n === 'string' && n.trim() !== '' ? Number(n) : NaN;
  if (!Number.isFinite(number)) return 'other';
  pluralRules[lang] ||= new Intl.PluralRules(lang);
  return pluralRules[lang].select(number);
}

export function t(key, vars) {
  const text = template(key, vars);
  return vars ? text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : text;
}

/**
 * t() in pieces, for a page that puts a value into the sentence as a node of its own (someone's name as an
 * isolated <bdi>): ['Kandidaten voor ', vars.name] -- the text around the values, and the values as given.
 */
export function tParts(key, vars = {}) {
  return template(key, vars).split(/(\{\w+\})/).filter((part) => part !== '').map((part) => {
    const name = /^\{(\w+)\}$/.exec(part);
    return name && name[1] in vars ? vars[name[1]] : part;
  });
}

const ATTRIBUTES = {
  'data-i18n-placeholder': 'placeholder',
  'data-i18n-aria-label': 'aria-label',
  'data-i18n-title': 'title',
  'data-i18n-value': 'value',
};

/** Fills every data-i18n* element below root (textContent only: dictionaries are text, not HTML). */
export function apply(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const [data, attr] of Object.entries(ATTRIBUTES)) {
    for (const el of root.querySelectorAll('[' + data + ']')) el.setAttribute(attr, t(el.getAttribute(data)));
  }
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = t(title.dataset.i18n) + ' · Wegwijs';
}

/** A labelled <select> that switches the interface language. */
export function languageSwitcher(id = 'ui-language') {
  const wrap = document.createElement('div');
  wrap.className = 'lang-switch';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.className = 'visually-hidden';
  label.dataset.i18n = 'common.interfaceLanguage';
  label.textContent = t('common.interfaceLanguage');
  const select = document.createElement('select');
  select.id = id;
  for (const lang of AREAS[area]) {
    const option = document.createElement('option');
    option.value = lang;
    option.lang = lang;
    option.textContent = NATIVE_NAMES[lang] || lang;
    option.selected = lang === current;
    select.append(option);
  }
  select.addEventListener('change', () => setLanguage(select.value));
  wrap.append(label, select);
  return wrap;
}
