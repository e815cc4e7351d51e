import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/generate-journal.mjs';
import { simpleValueRanges, yamlValueRanges } from '../../../src/codecs/front-matter-ranges.js';

const SKIP = new Set(['id', 'date', 'author', 'hours', 'review']);
const SKIP_NESTED = new Set(['due', 'done', 'before', 'outcome']);

const VALUES = [
  'plain text', 'true', 'False', '~', 'null', '12', '-5', '1.5', '"quoted"', "'single'", "'it''s'", '"a, b"', '[a, b]',
  '[a, "b, c"]', "['x', y]", '[]', '[NICE NG245, BNF]', '["NICE NG245", BNF, true, ~]', 'ünïcode café', 'emoji 😀', 'Mrs Jones',
  'NHS 943 476 5919', '2026-11-27', 'a:b', 'C#',
];

/** A front matter the line parser reads: `key: value` lines and block lists of values and of small maps. */
function frontMatter(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const keys = ['id', 'title', 'date', 'author', 'tags', 'resources', 'hours', 'note', 'custom_key'];
  const lines: string[] = [];
  for (const key of keys) {
    if (random() < 0.3) continue;
    if (random() < 0.7) lines.push(`${key}: ${pick(VALUES)}`);
    else lines.push(`${key}:`, ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => `  - ${pick(VALUES.filter((v) => !v.startsWith('[')))}`));
  }
  lines.push('beliefs:', `  - belief: ${pick(VALUES)}`, '    before: wood', `    outcome: ${pick(['reinforced', 'changed'])}`, `    after: ${pick(VALUES)}`);
  lines.push('actions:', `  - text: ${pick(VALUES)}`, '    due: 2026-12-01', '    done: false');
  return `${lines.join('\n')}\n`;
}

describe('where the values of a front matter are, for the identifier scanner', () => {
  it('the line parser finds exactly the ranges the full YAML parser finds', () => {
    const random = prng(15);
    let walked = 0;
    for (let i = 0; i < 600; i++) {
      const yaml = frontMatter(random);
      const simple = simpleValueRanges(yaml, SKIP, SKIP_NESTED);
      if (!simple) continue;
      walked++;
      expect(simple, yaml).toEqual(yamlValueRanges(yaml, SKIP, SKIP_NESTED));
    }
    // Most of them are simple enough for the line parser: the comparison is not vacuous.
    expect(walked).toBeGreaterThan(150);
  });

  it('leaves anything else to the full parser', () => {
    const yaml = 'title: x # a comment\nreview:\n  action-1: { due: 2026-12-01 }\n';
    expect(simpleValueRanges(yaml, SKIP, SKIP_NESTED)).toBeUndefined();
    expect(yamlValueRanges(yaml, SKIP, SKIP_NESTED)).toEqual([[7, 8]]);
  });
});
