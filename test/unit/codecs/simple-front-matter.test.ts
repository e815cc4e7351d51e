import { describe, expect, it } from 'vitest';
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

function same(yaml: string): void {
  const fast = parseSimpleFrontMatter(yaml);
  if (!fast) return;
  const full = parseSafeYaml(yaml);
  expect(full.ok, `the full parser refused what the simple one read:\n${yaml}`).toBe(true);
  if (!full.ok) return;
  expect(fast.value, yaml).toEqual(full.value);
  const lines: Record<string, number> = {};
  for (const pair of (full.doc.contents as { items: { key: { value: string; range: number[] } }[] }).items) {
    lines[pair.key.value] = full.lineCounter.linePos(pair.key.range[0]!).line;
  }
  expect(fast.keyLines, yaml).toEqual(lines);
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
    expect(parseSimpleFrontMatter(yaml)).toBeDefined();
    same(yaml);
    const parsed = parseEntryText(text);
    expect(parsed.ok && parsed.value.keyLines.tags).toBe(11);
  });

  it.each(SCALARS)('agrees with the YAML parser (or declines) on %j', (value) => {
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
    let accepted = 0;
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
      if (parseSimpleFrontMatter(yaml)) accepted++;
      same(yaml);
    }
    expect(accepted).toBeGreaterThan(300); // it must actually read a good share, or the test proves nothing
  });
});
