// Public "ask a question" page: POST /api/public/questions -> {ticketId, trackingCode}.
import {initPublicPage} from './shell.js';
import {api} from '../api.js';
import {t} from '../i18n.js';
import {announce, busy, clearFieldErrors, copyText, hideAlert, showProblem, $} from '../ui.js';

initPublicPage();

const form = $('#ask-form');
const alertBox = $('#ask-alert');
const submit = $('#ask-submit');
// the same question sent again (a double click, an answer lost on a bad connection) carries the same key,
// so the helpdesk answers with the first ticket instead of opening a second; an edited question gets a new one
let sent = null;

function idempotencyKey(body) {
  const json = JSON.stringify(body);
  if (!sent || sent.json !== json) {
    // crypto.randomUUID needs a secure context; getRandomValues works on plain http too
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    sent = {json, key: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')};
  }
  return sent.key;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  hideAlert(alertBox);
  const text = $('#question-text').value.trim();
  if (!text) {
    showProblem(form, alertBox, {status: 400, errors: [{field: 'text', message: t('ask.empty')}]});
    return;
  }
  const body = {text};
  for (const [field, id] of [['language', '#question-language'], ['name', '#contact-name'], ['email', '#contact-email'], ['phone', '#contact-phone']]) {
    const value = $(id).value.trim();
    if (value) body[field] = value;
  }
  announce(t('ask.sending'));
  try {
    const headers = {'Idempotency-Key': idempotencyKey(body)};
    const created = await busy(submit, () => api.post('/api/public/questions', body, {headers}));
    showCode(created.trackingCode);
  } catch (error) {
    // what the person typed stays in the form
    showProblem(form, alertBox, error);
  }
});

function showCode(code) {
  $('#ask-section').hidden = true;
  const result = $('#ask-result');
  $('#tracking-code').textContent = code;
  $('#track-link').href = '/track.html?code=' + encodeURIComponent(code);
  result.hidden = false;
  result.focus();
  announce(t('ask.sent') + '. ' + t('ask.codeLabel') + ' ' + code);
}

$('#copy-tracking-code').addEventListener('click', async () => {
  const ok = await copyText($('#tracking-code').textContent);
  announce(ok ? t('common.copied') : t('common.copyFailed'));
  const button = $('#copy-tracking-code');
  if (ok) {
    button.textContent = t('common.copied');
    setTimeout(() => { button.textContent = t('common.copy'); }, 2000);
  }
});
