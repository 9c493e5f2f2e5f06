// Every name a page script imports is exported by the module it names, and every import is relative: a
// browser finds neither mistake before the page runs (an absolute import would also load a second, unversioned
// copy of the module, see the README). A static check over the files, no browser needed.
import test from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const STATIC = resolve(dirname(fileURLToPath(import.meta.url)), '../../main/resources/static');

function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });
}

function exportsOf(source) {
  const names = new Set();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([\w$]+)/gm)) names.add(m[1]);
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) if (part.trim()) names.add(part.trim().split(/\s+as\s+/).pop());
  }
  return names;
}

function importsOf(source) {
  return [...source.matchAll(/^import\s+(?:\{([^}]*)\}\s+from\s+)?(?:[\w$*\s]+\s+from\s+)?'([^']+)';/gm)]
    .map((m) => ({names: (m[1] || '').split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean), from: m[2]}));
}

test('every imported name is exported by the module it comes from, by a relative path', () => {
  const files = scripts(STATIC);
  assert.ok(files.length > 20, 'the page scripts are found');
  for (const file of files) {
    for (const {names, from} of importsOf(readFileSync(file, 'utf8'))) {
      const where = relative(STATIC, file);
      assert.match(from, /^\.\.?\//, `${where} imports ${from}: imports are relative`);
      const target = resolve(dirname(file), from);
      const exported = exportsOf(readFileSync(target, 'utf8'));
      for (const name of names) assert.ok(exported.has(name), `${where} imports ${name} from ${from}, which does not export it`);
    }
  }
});
