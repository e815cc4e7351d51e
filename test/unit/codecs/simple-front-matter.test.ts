import { assert, describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/generate-journal.mjs';
import { parseEntryText, serializeEntryText } from '../../../src/codecs/entry-file.js';
import { parseSafeYaml } from '../../../src/codecs/safe-yaml.js';
import { parseSimpleFrontMatter } from '../../../src/codecs/simple-front-matter.js';

const SCALARS = [
  'plain text', 'true', 'True', 'TRUE', 'false', 'yes', 'no', 'on', '~', 'null', 'Null', 'NULL', '12', '007', '-5', '+3', '1.5', '.5',
  '1.', '1e3', '2.5E-2', '1_000', '0x1F', '0o17', '.inf', '-.inf', '.NaN', '99999999999999999999', '2026-02-30', '2026-11-27',
  '12:30', 'a: b', 'a:b', 'a #b', 'a#b', 'C#', '"quoted"', '"with \\" escape"', '"tab\\tinside"', "'single'", "'it''s'", '"a, b"',
  '[a, b]', '[a, "b, c"]', "['x', y]", '[ ]', '[]', '[a,]', '[a, [b]]', '{a: 1}', '&anchor x', '*alias', '!tag x', '!!str 5', '|',
  '>', '@x', '`x`', '%x', 'ünïcode café', 'emoji 😀', 'trailing ', ' leading', 'a  b', '', 'http://x.y/z?q=1', '- item', '? q',
  'end:', 'say "hi" now', "it's", 'x\u00a0y', '#comment', 'a, b', 'NICE NG245', '[NICE NG245, BNF]', '["NICE NG245", BNF]',
];

/**
 * Each top-level key's line, as the full parser reports it. The entry reader keeps only text keys (`true: 1` has a
 * key, but not a text one); the simple reader declines any other.
 */
function keyLinesOf(full: Extract<ReturnType<typeof parseSafeYaml>, { ok: true }>, textKeysOnly = false): Record<string, number> {
  const lines: Record<string, number> = {};
  for (const pair of (full.doc.contents as { items: { key: { value: unknown; range: number[] } }[] }).items) {
    if (textKeysOnly && typeof pair.key.value !== 'string') continue;
    lines[String(pair.key.value)] = full.lineCounter.linePos(pair.key.range[0]!).line;
  }
  return lines;
}

/**
 * Checks one front matter both ways, whichever path it takes. When the simple reader accepts it, its answer must be
 * the full parser's, key lines included. Either way, the entry reader (simple reader first, full parser when it
 * declines) must give exactly what the full parser gives for the same text, or refuse it on the same line. Says
 * which path was taken, so a caller can check that both were exercised.
 */
function same(yaml: string): 'simple' | 'full' {
  const fast = parseSimpleFrontMatter(yaml);
  // The entry reader stops the front matter at the first `---` or `...` line: compare with what it actually reads.
  const end = /^(---|\.\.\.)[ \t]*$/m.exec(yaml);
  const front = end ? yaml.slice(0, end.index) : yaml;
  const full = parseSafeYaml(front);
  const entry = parseEntryText(`---\n${yaml}---\nbody\n`);
  if (fast) {
    const whole = parseSafeYaml(yaml);
    assert(whole.ok, `the full parser refused what the simple one read:\n${yaml}`);
    expect(fast.value, yaml).toEqual(whole.value);
    expect(fast.keyLines, yaml).toEqual(keyLinesOf(whole));
  }
  if (full.ok && typeof full.value === 'object' && full.value !== null && !Array.isArray(full.value)) {
    const keyLines = Object.fromEntries(Object.entries(keyLinesOf(full, true)).map(([key, line]) => [key, line + 1]));
    const body = end ? `${yaml.slice(end.index + end[0].length + 1)}---\nbody\n` : 'body\n';
    expect(entry, yaml).toEqual({ ok: true, value: { frontMatter: full.value, body, keyLines } });
  } else if (full.ok) {
    const message = full.value === null ? 'the front matter is empty' : 'the front matter is not a map of `key: value` lines';
    expect(entry, yaml).toEqual({ ok: false, problem: { line: 2, message } });
  } else {
    expect(entry, yaml).toEqual({ ok: false, problem: { line: full.problem.line + 1, message: full.problem.message } });
  }
  return fast ? 'simple' : 'full';
}

describe('the simple front-matter reader', () => {
  it('reads what mindlines writes, exactly as the YAML parser does', () => {
    const text = serializeEntryText(
      {
        id: '01JD3ABCDEFGHJKMNPQRSTVWXY',
        title: 'Spacer technique: under-fives #1',
        date: '2026-11-20',
        created: '2026-11-20T09:00:00Z',
        author: 'Sam Patel',
        template: 'constructivist',
        activity: 'clinical-case',
        hours: 1.5,
        participatory: true,
        tags: ['asthma', 'paediatrics'],
        learned_with: ['peers', 'patients-and-carers'],
        resources: ['NICE NG245', 'BNF'],
        loop: 'double',
        beliefs: [{ belief: 'Over-threes manage without a mask', before: 'brick', outcome: 'changed', after: 'Most need it' }],
        actions: [{ text: 'Check technique at every review', due: '2026-12-31', done: false }],
        visibility: 'private',
        status: 'complete',
        x_unknown: null,
      },
      '\n## What happened\n\nBody.\n',
    );
    const yaml = text.slice(4, text.indexOf('\n---\n') + 1);
    expect(same(yaml)).toBe('simple');
    const parsed = parseEntryText(text);
    expect(parsed.ok && parsed.value.keyLines.tags).toBe(11);
  });

  it.each(SCALARS)('agrees with the YAML parser, or declines and the entry reader still agrees, on %j', (value) => {
    same(`title: ${value}\n`);
    same(`id: 1\ntags:\n  - ${value}\n  - x\n`);
    same(`beliefs:\n  - belief: ${value}\n    before: ${value}\n`);
    same(`tags: [${value}, x]\n`);
    same(`tags: [x, ${value}]\n`);
    same(`${value}: 1\n`);
  });

  it('agrees with the YAML parser on 3,000 random front matters', () => {
    const random = prng(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const keys = ['id', 'title', 'date', 'tags', 'hours', 'beliefs', 'actions', 'x', 'title', 'a_b'];
    const taken = { simple: 0, full: 0 };
    for (let n = 0; n < 3000; n++) {
      const lines: string[] = [];
      for (let k = 0; k < 1 + Math.floor(random() * 5); k++) {
        const key = pick(keys);
        const shape = random();
        if (shape < 0.4) lines.push(`${key}: ${pick(SCALARS)}`);
        else if (shape < 0.6) lines.push(`${key}: [${pick(SCALARS)}, ${pick(SCALARS)}]`);
        else if (shape < 0.75) lines.push(`${key}:`, `  - ${pick(SCALARS)}`, `  - ${pick(SCALARS)}`);
        else if (shape < 0.9) lines.push(`${key}:`, `  - text: ${pick(SCALARS)}`, `    due: ${pick(SCALARS)}`, `  - ${pick(SCALARS)}`);
        else lines.push(pick(['', '# comment', '  odd indent: 1', 'key:value', `${key}:`, '   - three', '---']));
      }
      const yaml = `${lines.join('\n')}\n`;
      taken[same(yaml)]++;
    }
    // Both paths must be taken a good share of the time, or the test proves nothing about one of them.
    expect(taken.simple).toBeGreaterThan(300);
    expect(taken.full).toBeGreaterThan(300);
  });
});
