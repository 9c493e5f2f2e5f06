// Header, navigation and footer of the public pages (uk, ru, nl, en).
import * as i18n from '../i18n.js';
import {el} from '../ui.js';
import '../lang/public.js';

const PAGES = [
  {href: '/index.html', key: 'nav.ask', match: ['/', '/index.html']},
  {href: '/track.html', key: 'nav.track', match: ['/track.html']},
  {href: '/kb.html', key: 'nav.kb', match: ['/kb.html', '/article.html']},
];

/** Builds the header and footer, applies the language; returns the current language. */
export function initPublicPage() {
  i18n.init({area: 'public'});
  const header = document.getElementById('site-header');
  const path = location.pathname;
  const nav = el('nav', {class: 'site-nav', 'aria-label': i18n.t('nav.main'), 'data-i18n-aria-label': 'nav.main'},
    el('ul', {}, PAGES.map((p) => el('li', {},
      el('a', {href: p.href, 'data-i18n': p.key, 'aria-current': p.match.includes(path) ? 'page' : null}, i18n.t(p.key))))));
  header.replaceChildren(el('div', {class: 'bar'},
    el('a', {class: 'brand', href: '/index.html'}, 'Wegwijs'),
    nav,
    el('div', {class: 'tools'}, i18n.languageSwitcher())));
  const footer = document.getElementById('site-footer');
  if (footer) {
    footer.replaceChildren(
      el('p', {'data-i18n': 'footer.about'}, i18n.t('footer.about')),
      el('p', {}, el('a', {href: '/login', 'data-i18n': 'footer.staff'}, i18n.t('footer.staff'))));
  }
  return i18n.language();
}
