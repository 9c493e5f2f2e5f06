// Sign-in: POST /login (form-encoded, X-XSRF-TOKEN) -> 200 {username, roles} | 401 | 429 (Retry-After).
import * as i18n from '../../js/i18n.js';
import {ensureCsrfCookie, request} from '../../js/api.js';
import {announce, busy, el, errorMessage, hideAlert, showAlert, $} from '../../js/ui.js';
import {homeFor} from './shell.js';
import '../../js/lang/staff.js';

i18n.registerAll({
  nl: {
    'login.title': 'Inloggen', 'login.username': 'Gebruikersnaam', 'login.password': 'Wachtwoord', 'login.submit': 'Inloggen',
    'login.failed': 'Gebruikersnaam of wachtwoord klopt niet.', 'login.loggedOut': 'Je bent uitgelogd.',
    'login.missing': 'Vul je gebruikersnaam en wachtwoord in.', 'login.signedIn': 'Ingelogd. Even geduld…',
    'login.or': 'Of log in met je organisatieaccount:', 'login.with': 'Inloggen met {name}', 'login.oidcFailed': 'Inloggen via je organisatie is niet gelukt.',
  },
  en: {
    'login.title': 'Sign in', 'login.username': 'Username', 'login.password': 'Password', 'login.submit': 'Sign in',
    'login.failed': 'Username or password is not correct.', 'login.loggedOut': 'You have signed out.',
    'login.missing': 'Enter your username and password.', 'login.signedIn': 'Signed in. One moment…',
    'login.or': 'Or sign in with your organisation account:', 'login.with': 'Sign in with {name}', 'login.oidcFailed': 'Signing in through your organisation did not work.',
  },
  uk: {
    'login.title': 'Вхід', 'login.username': 'Імʼя користувача', 'login.password': 'Пароль', 'login.submit': 'Увійти',
    'login.failed': 'Неправильне імʼя користувача або пароль.', 'login.loggedOut': 'Ви вийшли з системи.',
    'login.missing': 'Введіть імʼя користувача і пароль.', 'login.signedIn': 'Ви увійшли. Зачекайте…',
    'login.or': 'Або увійдіть через обліковий запис організації:', 'login.with': 'Увійти через {name}', 'login.oidcFailed': 'Не вдалося увійти через організацію.',
  },
});

i18n.init({area: 'staff'});
$('#login-tools').append(i18n.languageSwitcher());

const form = $('#login-form');
const alertBox = $('#login-alert');
const params = new URLSearchParams(location.search);
if (params.has('loggedOut')) showAlert($('#login-notice'), 'success', i18n.t('login.loggedOut'));
if (params.get('error') === 'oidc') showAlert(alertBox, 'error', i18n.t('login.oidcFailed'));
showProviders();

/** OpenID Connect providers, when the gateway has any configured (GET /api/auth/providers). */
async function showProviders() {
  let providers = [];
  try {
    const answer = await request('GET', '/api/auth/providers', {redirectOn401: false});
    providers = (answer && answer.oidc) || [];
  } catch {
    return;
  }
  if (!providers.length) return;
  const box = $('#login-providers');
  const render = () => box.replaceChildren(
    el('p', {}, i18n.t('login.or')),
    el('div', {class: 'actions'}, providers.map((p) =>
      el('a', {class: 'btn', id: 'oidc-' + p.id, href: p.loginUrl}, i18n.t('login.with', {name: p.name || p.id})))));
  render();
  i18n.onChange(render);
  box.hidden = false;
}
// sets the XSRF-TOKEN cookie early, so the first attempt does not wait for it
ensureCsrfCookie();
$('#username').focus();

/** Only paths on this site, never another origin (no open redirect). */
function safeNext(account) {
  const next = params.get('next');
  if (next && /^\/(?!\/)[^\\]*$/.test(next) && !next.startsWith('/login')) return next;
  return homeFor(account);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  hideAlert(alertBox);
  const username = $('#username').value.trim();
  const password = $('#password').value;
  if (!username || !password) {
    showAlert(alertBox, 'error', i18n.t('login.missing')).focus();
    return;
  }
  try {
    const account = await busy($('#login-submit'), () => request('POST', '/login', {form: {username, password}, redirectOn401: false}));
    announce(i18n.t('login.signedIn'));
    location.assign(safeNext(account || {}));
  } catch (error) {
    let message;
    if (error.status === 401) message = i18n.t('login.failed');
    else if (error.status === 429) {
      message = error.retryAfter != null ? i18n.t('error.tooManyRetry', {n: error.retryAfter}) : i18n.t('error.tooMany');
    } else {
      message = errorMessage(error);
    }
    showAlert(alertBox, 'error', message).focus();
    $('#password').value = '';
  }
});
