// The frame of every staff page: header with navigation by role, interface language (nl/en/uk),
// who is signed in, sign-out. A page calls initStaffPage() first:
//
//   import {initStaffPage} from './shell.js';   // imports are relative (see the staff-ui README)
//   const me = await initStaffPage({page: 'expertpool', roles: ['COORDINATOR']});
//   if (!me) return; // no access: the shell already says so in <main>
//
// The page HTML needs: <a class="skip-link" href="#main">, <header id="site-header">, <main id="main">.
import * as i18n from '../../js/i18n.js';
import {api, request} from '../../js/api.js';
import {el, showAlert, showError, tn, userText} from '../../js/ui.js';
import '../../js/lang/staff.js';

/** Staff navigation; an entry shows when the account has one of its roles (ADMIN has all). */
export const NAV = [
  {page: 'inbox', href: '/staff/index.html', key: 'nav.inbox', roles: ['AGENT', 'SUPERLOCAL']},
  {page: 'knowledge', href: '/staff/knowledge.html', key: 'nav.knowledge', roles: ['EDITOR']},
  {page: 'articles', href: '/staff/articles.html', key: 'nav.articles', roles: ['EDITOR']},
  {page: 'dashboard', href: '/staff/dashboard.html', key: 'nav.dashboard', roles: ['ANALYST', 'AGENT', 'EDITOR']},
  {page: 'matching', href: '/staff/matching.html', key: 'nav.matching', roles: ['MATCHER']},
  {page: 'expertpool', href: '/staff/expertpool.html', key: 'nav.expertpool', roles: ['COORDINATOR']},
];

let current = null;

/** The signed-in account ({username, displayName, roles, languages}), once initStaffPage has run. */
export function me() {
  return current;
}

export function hasRole(account, ...roles) {
  const mine = (account && account.roles) || [];
  return mine.includes('ADMIN') || roles.some((r) => mine.includes(r) || mine.includes('ROLE_' + r));
}

/** The first page this account may use (after sign-in). */
export function homeFor(account) {
  const entry = NAV.find((n) => hasRole(account, ...n.roles));
  return entry ? entry.href : '/staff/index.html';
}

export async function initStaffPage({page, roles = []} = {}) {
  i18n.init({area: 'staff'});
  const header = document.getElementById('site-header');
  const bar = el('div', {class: 'bar'}, el('a', {class: 'brand', href: '/staff/index.html'}, 'Wegwijs'));
  const tools = el('div', {class: 'tools'}, i18n.languageSwitcher());
  bar.append(tools);
  header.replaceChildren(bar);

  try {
    current = await api.get('/api/auth/me');
  } catch (error) {
    // the gateway answers but not about us (or not at all): say so instead of an empty page
    const main = document.getElementById('main');
    const box = el('div');
    main.replaceChildren(box);
    showError(box, error, () => location.reload());
    return null;
  }
  i18n.suggest(current.languages || []);
  const select = document.getElementById('ui-language');
  if (select) select.value = i18n.language();
  const nav = el('nav', {class: 'site-nav', 'aria-label': i18n.t('nav.staff'), 'data-i18n-aria-label': 'nav.staff'},
    el('ul', {}, NAV.filter((n) => hasRole(current, ...n.roles)).map((n) =>
      el('li', {}, el('a', {href: n.href, 'data-i18n': n.key, 'aria-current': n.page === page ? 'page' : null}, i18n.t(n.key))))));
  bar.insertBefore(nav, tools);
  const name = current.displayName || current.username;
  const who = el('span', {class: 'who'}, tn('shell.signedInAs', {name: userText(name)}));
  i18n.onChange(() => who.replaceChildren(tn('shell.signedInAs', {name: userText(name)})));
  const logout = el('button', {type: 'button', class: 'btn small', id: 'logout', 'data-i18n': 'shell.logout', onclick: signOut}, i18n.t('shell.logout'));
  tools.prepend(who);
  tools.append(logout);

  if (roles.length && !hasRole(current, ...roles)) {
    const main = document.getElementById('main');
    main.replaceChildren();
    showAlert(main, 'error', i18n.t('shell.noAccess', {roles: roles.join(', ')}));
    return null;
  }
  return current;
}

async function signOut() {
  try {
    await request('POST', '/logout', {redirectOn401: false});
  } catch {
    // signed out already, or the gateway is gone: the login page sorts it out
  }
  location.assign('/login?loggedOut=1');
}
