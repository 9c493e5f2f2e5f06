// Public "my question" page: GET /api/public/questions/{trackingCode} -> {status, language, answer?}.
import {initPublicPage} from './shell.js';
import {api} from '../api.js';
import {t, onChange} from '../i18n.js';
import {busy, el, clear, renderText, showError, showLoading, param, $} from '../ui.js';

initPublicPage();

const form = $('#track-form');
const input = $('#tracking-input');
const result = $('#track-result');
let last = null;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check(input.value.trim());
});

async function check(code) {
  if (!code) {
    input.focus();
    return;
  }
  const url = new URL(location.href);
  url.searchParams.set('code', code);
  history.replaceState(null, '', url);
  showLoading(result);
  try {
    last = await busy($('#track-submit'), () => api.get('/api/public/questions/' + encodeURIComponent(code)));
    render();
  } catch (error) {
    last = null;
    if (error.status === 404 || error.status === 400) {
      // no question with this code (a code that cannot be one, too): the person can check what they typed
      clear(result).append(el('div', {class: 'alert warn', role: 'alert'}, t('track.notFound')));
      result.removeAttribute('aria-busy');
    } else {
      showError(result, error, () => check(code));
    }
  }
}

function render() {
  if (!last) return;
  const status = last.status || 'OPEN';
  const kind = status === 'ANSWERED' ? 'success' : status === 'CLOSED' ? '' : 'warn';
  const box = el('div', {class: 'card'},
    el('h2', {}, t('track.status')),
    el('p', {}, el('span', {class: 'badge ' + (kind === 'success' ? 'ok' : 'info')}, t('status.' + status))));
  if (last.answer) {
    box.append(el('h2', {}, t('track.answer')),
      el('div', {class: 'article-body', lang: last.answerLanguage || null}, renderText(last.answer)));
  } else {
    box.append(el('p', {class: 'meta'}, t('track.noAnswer')));
  }
  clear(result).append(box);
  result.removeAttribute('aria-busy');
}

onChange(render);

const initial = param('code');
if (initial) {
  input.value = initial;
  check(initial);
}
