// Someone's text cannot reorder the page around it: the direction controls it may hold are dropped before it
// is shown (a right-to-left override turns "Naaldwijk" into "kjiwdlaaN"; a stray pop-directional-isolate ends
// the <bdi> around it early), and isolate() wraps a plain string the way <bdi> wraps an element.
import './fake-browser.js';
import test from 'node:test';
import assert from 'node:assert/strict';
import {isolate, withoutBidiControls} from '../../main/resources/static/js/ui.js';

const RLO = '\u202E';
const PDF = '\u202C';
const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';

test('overrides, embeddings and isolates are dropped from text that is shown', () => {
  assert.equal(withoutBidiControls(RLO + 'Reversed title'), 'Reversed title');
  assert.equal(withoutBidiControls('Tomaten\u200B' + RLO + ' oogsten'), 'Tomaten\u200B oogsten');
  assert.equal(withoutBidiControls('\u202A\u202B\u202C\u202D\u202E\u2069\u2066\u2067\u2068'), '');
  assert.equal(withoutBidiControls('Tomaten' + PDI + RLO + ' oogsten'), 'Tomaten oogsten');
  assert.equal(withoutBidiControls('abc' + RLI + 'xyz'), 'abcxyz');
});

test('letters of every script, marks and plain text stay as they are', () => {
  for (const text of ['Київ', 'Naaldwijk · 5 km', 'مرحبا 123', 'שלום', 'a\u200Eb\u200Fc\u061C', '<script>', '']) {
    assert.equal(withoutBidiControls(text), text);
  }
  assert.equal(withoutBidiControls(42), '42');
});

test('isolate() wraps the text between FSI and PDI, without the controls that could break out', () => {
  assert.equal(isolate('Orderpicker'), FSI + 'Orderpicker' + PDI);
  assert.equal(isolate('Tomaten' + PDI + RLO + ' oogsten'), FSI + 'Tomaten oogsten' + PDI);
  assert.equal(isolate(null), FSI + PDI);
});

test('what isolate() made survives the cleaning of el(), once or inside a sentence', () => {
  const sentence = 'Erase ' + isolate(RLO + 'Iryna') + ' and ' + isolate('Київ') + '?';
  assert.equal(withoutBidiControls(sentence), 'Erase ' + FSI + 'Iryna' + PDI + ' and ' + FSI + 'Київ' + PDI + '?');
});

test('a pair that someone typed around controls is dropped, not kept', () => {
  assert.equal(withoutBidiControls(FSI + RLO + 'x' + PDI + ' · Naaldwijk'), 'x · Naaldwijk');
  assert.equal(withoutBidiControls(FSI + 'a' + PDF + PDI), 'a');
});
