import fc from 'fast-check';
import { assert, describe, expect, it } from 'vitest';
import { parseEntryText, rewriteFrontMatter, serializeEntryText } from '../../../src/codecs/entry-file.js';
import { readEntry } from '../../../src/core/entries/entry.js';

const ID = '01JD3F6Q9X8V7T6S5R4P3N2M1K';
const minimal = `---\nid: ${ID}\ntitle: Spacers\ndate: 2026-11-20\n---\n\n## What happened\n\nA parent showed me.\n`;

function problemOf(text: string) {
  const result = readEntry('entries/x.md', text);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('front matter: reading', () => {
  it('reads front matter and keeps the body byte for byte', () => {
    const result = parseEntryText(minimal);
    assert(result.ok, 'expected the entry to be read');
    expect(result.value.frontMatter).toEqual({ id: ID, title: 'Spacers', date: '2026-11-20' });
    expect(result.value.body).toBe('\n## What happened\n\nA parent showed me.\n');
    expect(result.value.keyLines.date).toBe(4);
  });

  it('keeps a `---` line inside the body as body text', () => {
    const text = `${minimal}\n---\n\nmore after a rule\n`;
    const result = readEntry('e.md', text);
    expect(result.ok && result.entry.body.endsWith('---\n\nmore after a rule\n')).toBe(true);
  });

  it('reports a missing closing `---` instead of treating the body as YAML', () => {
    expect(problemOf(`---\nid: ${ID}\ntitle: T\ndate: 2026-11-20\n\nbody`).message).toMatch(/no closing `---`/);
  });

  it('reports a file with no front matter', () => {
    expect(problemOf('# Just markdown\n').message).toMatch(/does not start with a front-matter line/);
  });

  it('refuses duplicate keys, naming the line of the second one', () => {
    const p = problemOf(`---\nid: ${ID}\ntitle: One\ndate: 2026-11-20\ntitle: Two\n---\n`);
    expect(p.line).toBe(5);
    expect(p.message).toMatch(/a key appears twice/);
  });

  it('refuses an alias bomb quickly, without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const p = problemOf(`---\nid: ${ID}\ntitle: T\ndate: 2026-11-20\n${bomb.join('\n')}\n---\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(p.message).toMatch(/alias/i);
  });

  it('never runs or constructs `!!js/function` and other custom tags: they are errors', () => {
    const fn = problemOf(`---\nid: ${ID}\ntitle: !!js/function "function(){ return 1 }"\ndate: 2026-11-20\n---\n`);
    expect(fn.line).toBe(3);
    expect(fn.message).toMatch(/tag/);
    expect(problemOf(`---\nid: ${ID}\ntitle: !foo bar\ndate: 2026-11-20\n---\n`).message).toMatch(/tag/);
  });

  it('ignores `%YAML 1.1` tricks: dates do not roll over, yes stays text', () => {
    const text = `---\n%YAML 1.1\n---\nid: ${ID}\ntitle: yes\ndate: 2024-02-30\n---\n`;
    // A directive inside front matter is not valid; either way the file must not be read as 1 March.
    const result = readEntry('e.md', text);
    if (result.ok) throw new Error('2024-02-30 must not be accepted');
    const plain = readEntry('e.md', `---\nid: ${ID}\ntitle: yes\ndate: 2026-11-20\n---\n`);
    expect(plain.ok && plain.entry.meta.title).toBe('yes');
  });

  it('does not resolve !!timestamp, so an impossible date stays impossible', () => {
    expect(problemOf(`---\nid: ${ID}\ntitle: T\ndate: !!timestamp 2024-02-30\n---\n`).message).toMatch(/tag|date/);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2026-1-5', 'yesterday'])('rejects the date %s', (date) => {
    const p = problemOf(`---\nid: ${ID}\ntitle: T\ndate: ${date}\n---\n`);
    expect(p.line).toBe(4);
    expect(p.message).toMatch(/real date written YYYY-MM-DD/);
  });

  it('refuses 5,000 nested brackets with a friendly error, not a crash', () => {
    const p = problemOf(`---\nid: ${ID}\ntitle: T\ndate: 2026-11-20\ndeep: ${'['.repeat(5000)}\n---\n`);
    expect(p.message).toMatch(/YAML/);
  });

  it('refuses oversized front matter before parsing', () => {
    const p = problemOf(`---\nid: ${ID}\ntitle: T\ndate: 2026-11-20\nnotes: "${'x'.repeat(2 * 1024 * 1024)}"\n---\n`);
    expect(p.message).toMatch(/larger than/);
  });

  it('is not polluted by a __proto__ key', () => {
    const result = readEntry('e.md', `---\nid: ${ID}\ntitle: T\ndate: 2026-11-20\n__proto__:\n  polluted: yes\n---\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.entry.frontMatter)).toBe(Object.prototype);
  });

  it('refuses files holding git conflict markers, naming the line', () => {
    const p = problemOf(`---\nid: ${ID}\ntitle: T\ndate: 2026-11-20\n---\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> other\n`);
    expect(p.line).toBe(6);
    expect(p.message).toMatch(/conflict markers/);
  });

  it('only ever fails with a problem, never an exception, on random bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        const result = readEntry('e.md', `---\n${junk}\n---\n${junk}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('front matter: writing', () => {
  it('writes keys in the fixed order whatever order they come in', () => {
    const text = serializeEntryText({ status: 'complete', title: 'T', zeta: 1, id: ID, date: '2026-11-20', tags: ['a'] }, '\nbody\n');
    expect(text.split('\n').slice(1, 7)).toEqual([`id: ${ID}`, 'title: T', 'date: 2026-11-20', 'tags:', '  - a', 'status: complete']);
    expect(text).toMatch(/zeta: 1\n---\n\nbody\n$/);
  });

  it('round-trips any title, tag and body text exactly (emoji, CRLF, quotes, colons, very long)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 }),
        fc.string({ maxLength: 2000 }),
        (title, tags, body) => {
          const text = serializeEntryText({ id: ID, title, date: '2026-11-20', tags }, body);
          const parsed = parseEntryText(text);
          if (!parsed.ok) throw new Error(`${parsed.problem.line}: ${parsed.problem.message}`);
          expect(parsed.value.frontMatter.title).toBe(title);
          expect(parsed.value.frontMatter.tags).toEqual(tags);
          expect(parsed.value.body).toBe(body);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips a 1 MB body', () => {
    const body = `\n${'Résumé 😀 line\r\n'.repeat(70_000)}`;
    const parsed = parseEntryText(serializeEntryText({ id: ID, title: 'Big', date: '2026-11-20' }, body));
    expect(parsed.ok && parsed.value.body === body).toBe(true);
  });
});

describe('front matter: rewriting some keys', () => {
  const original = [
    '---',
    '# written by hand',
    `id: ${ID}`,
    "title: 'Spacers'   # quoted on purpose",
    'date: 2026-11-20',
    'my_own_key: keep me',
    'actions:',
    '  - text: Check technique',
    '    due: 2026-12-31',
    '    done: false',
    '# about visibility',
    'visibility: private',
    '---',
    '',
    'Body stays   exactly.',
    '',
  ].join('\n');

  it('changes only the named key and keeps comments, unknown keys, quoting and body', () => {
    const rewritten = rewriteFrontMatter(original, {
      actions: [{ text: 'Check technique', due: '2026-12-31', done: '2026-12-01' }],
    });
    const expected = original.replace('    done: false', '    done: 2026-12-01');
    expect(rewritten).toBe(expected);
  });

  it('adds a new known key in its place in the order, and an unknown one at the end', () => {
    const rewritten = rewriteFrontMatter(original, { hours: 2, zzz: 'x' });
    const lines = rewritten.split('\n');
    expect(lines.indexOf('hours: 2')).toBe(lines.indexOf('my_own_key: keep me') + 1);
    expect(lines.indexOf('zzz: x')).toBe(lines.indexOf('visibility: private') + 1);
    expect(rewritten.endsWith('---\n\nBody stays   exactly.\n')).toBe(true);
  });

  it('removes a key set to undefined and nothing else', () => {
    const rewritten = rewriteFrontMatter(original, { my_own_key: undefined });
    expect(rewritten).toBe(original.replace('my_own_key: keep me\n', ''));
  });
});
