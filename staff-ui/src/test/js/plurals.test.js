// Counts read right in every language of the pages: "1 article found", not "1 articles found" (Intl.PluralRules
// picks the form: one/other in Dutch and English, one/few/many/other in Ukrainian and Russian).
import './fake-browser.js';
import test from 'node:test';
import assert from 'node:assert/strict';
import * as i18n from '../../main/resources/static/js/i18n.js';
import '../../main/resources/static/js/lang/common.js';
import '../../main/resources/static/js/lang/public.js';
import '../../main/resources/static/js/lang/staff.js';
import '../../main/resources/static/js/lang/helpdesk.js';
import '../../main/resources/static/js/lang/knowledge.js';
import '../../main/resources/static/js/lang/matching.js';
import '../../main/resources/static/js/lang/dashboard.js';
import '../../main/resources/static/js/lang/expertpool.js';

/** t() in one language of an area ('public': uk, ru, nl, en; 'staff': nl, en, uk) */
function speaking(area, lang) {
  i18n.init({area});
  i18n.setLanguage(lang);
  assert.equal(i18n.language(), lang);
  return i18n.t;
}

test('the public search counts one article in the singular in all four languages', () => {
  assert.equal(speaking('public', 'en')('kb.count', {n: 1}), '1 article found');
  assert.equal(speaking('public', 'en')('kb.count', {n: 2}), '2 articles found');
  assert.equal(speaking('public', 'nl')('kb.count', {n: 1}), '1 artikel gevonden');
  assert.equal(speaking('public', 'nl')('kb.count', {n: 10}), '10 artikelen gevonden');
  assert.equal(speaking('public', 'uk')('kb.count', {n: 1}), 'Знайдено 1 статтю');
  assert.equal(speaking('public', 'ru')('kb.count', {n: 1}), 'Найдена 1 статья');
});

test('Ukrainian and Russian counts take the form their number needs: 2, 5, 11, 21, 22', () => {
  const uk = speaking('public', 'uk');
  assert.deepEqual([2, 5, 11, 21, 22].map((n) => uk('kb.count', {n})),
    ['Знайдено 2 статті', 'Знайдено 5 статей', 'Знайдено 11 статей', 'Знайдено 21 статтю', 'Знайдено 22 статті']);
  const ru = speaking('public', 'ru');
  assert.deepEqual([2, 5, 11, 21].map((n) => ru('kb.count', {n})),
    ['Найдено 2 статьи', 'Найдено 5 статей', 'Найдено 11 статей', 'Найдена 21 статья']);
});

test('the wait after too many requests says one second, not one seconds', () => {
  assert.equal(speaking('public', 'en')('error.tooManyRetry', {n: 1}), 'Too many requests. Please try again in 1 second.');
  assert.equal(speaking('public', 'en')('error.tooManyRetry', {n: 30}), 'Too many requests. Please try again in 30 seconds.');
  assert.equal(speaking('public', 'nl')('error.tooManyRetry', {n: 1}), 'Te veel verzoeken. Probeer het over 1 seconde opnieuw.');
  assert.equal(speaking('public', 'uk')('error.tooManyRetry', {n: 1}), 'Забагато запитів. Спробуйте ще раз через 1 секунду.');
  assert.equal(speaking('public', 'uk')('error.tooManyRetry', {n: 3}), 'Забагато запитів. Спробуйте ще раз через 3 секунди.');
  assert.equal(speaking('public', 'ru')('error.tooManyRetry', {n: 5}), 'Слишком много запросов. Попробуйте снова через 5 секунд.');
});

test('the staff pages count one draft, article, question or place in the singular', () => {
  const en = speaking('staff', 'en');
  assert.deepEqual(['drafts.count', 'articles.count', 'inbox.count', 'ep.session.places', 'ep.point.supporterCount'].map((k) => en(k, {n: 1})),
    ['1 draft', '1 article', '1 question found', '1 place', '1 supports this']);
  const nl = speaking('staff', 'nl');
  assert.deepEqual(['drafts.count', 'articles.count', 'inbox.count', 'ep.session.places', 'ep.point.supporterCount'].map((k) => nl(k, {n: 1})),
    ['1 concept', '1 artikel', '1 vraag gevonden', '1 plaats', '1 steunt dit']);
  assert.equal(nl('ep.signals.total', {n: 1, from: 'ma', to: 'zo'}), '1 vraag van ma tot en met zo');
  const uk = speaking('staff', 'uk');
  assert.deepEqual([1, 3, 5].map((n) => uk('draft.askedTimes', {n})), ['питали 1 раз', 'питали 3 рази', 'питали 5 разів']);
  assert.deepEqual([1, 2, 12].map((n) => uk('drafts.count', {n})), ['1 чернетка', '2 чернетки', '12 чернеток']);
});

test('a count that is missing or not a number takes the general form', () => {
  const en = speaking('staff', 'en');
  assert.equal(en('ep.session.places', {n: null}), 'null places');
  assert.equal(en('drafts.count', {n: '1'}), '1 draft');
  assert.equal(en('drafts.count'), '{n} drafts');
});

test('every count has the forms its language needs, each with the count in it', () => {
  for (const lang of ['uk', 'ru', 'nl', 'en']) {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, entry] of Object.entries(i18n.entries(lang))) {
      if (typeof entry === 'string') continue;
      for (const category of needed) {
        assert.ok(typeof entry[category] === 'string', `${lang} ${key} lacks the form "${category}"`);
        assert.match(entry[category], /\{n\}/, `${lang} ${key}.${category} says no count`);
      }
    }
  }
});

// the same words for one and many ('{n} open', '{n} in total'); units are abbreviations ('{n} min', '{n} год')
const SAME_FOR_ANY_COUNT = new Set(['ticket.openTickets', 'common.total', 'unit.minutes', 'unit.hours', 'unit.days']);

test('no message puts a word after a count without forms for one and many', () => {
  for (const lang of ['uk', 'ru', 'nl', 'en']) {
    for (const [key, entry] of Object.entries(i18n.entries(lang))) {
      if (typeof entry !== 'string' || SAME_FOR_ANY_COUNT.has(key)) continue;
      assert.doesNotMatch(entry, /\{n\}\s+\p{L}/u, `${lang} ${key}: "${entry}" needs {one, other} (uk, ru: {one, few, many, other})`);
    }
  }
});

test('tParts gives the words around the values and the values as they are', () => {
  const en = speaking('staff', 'en');
  const name = {a: 'node'};
  assert.deepEqual(i18n.tParts('match.forVacancy', {name}), ['Candidates for ', name]);
  assert.deepEqual(i18n.tParts('match.eraseConfirm', {name}), ['Erase the profile of ', name, ' and all their matches for good? This cannot be undone.']);
  assert.deepEqual(i18n.tParts('drafts.count', {n: 1}), [1, ' draft']);
  assert.equal(en('match.forVacancy', {name: 'Orderpicker'}), 'Candidates for Orderpicker');
});
