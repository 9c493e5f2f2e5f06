// Just enough of a browser for i18n.js to pick a language outside one: no page, no storage, no URL.
// Imported before the modules under test.
const stored = new Map();
globalThis.localStorage ??= {
  getItem: (key) => (stored.has(key) ? stored.get(key) : null),
  setItem: (key, value) => stored.set(key, String(value)),
};
globalThis.document ??= {documentElement: {}, querySelector: () => null, querySelectorAll: () => []};
globalThis.location ??= {search: ''};
if (typeof globalThis.navigator === 'undefined') globalThis.navigator = {languages: ['en']};
