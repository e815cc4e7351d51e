import { describe, expect, it } from 'vitest';
import type { TeamDigest } from '../../../src/core/team/team-digest.js';
import { digestRenderers, escapeMarkdown, renderDigestHtml, renderDigestMarkdown } from '../../../src/exporters/team-digest.js';

const e = (title: string, extra: Partial<TeamDigest['collective'][number]> = {}) => ({
  id: '01JD3Z6K1V8QWERTYZXCVB0001',
  title,
  date: '2026-11-20',
  author: 'Alice Smith',
  path: 'entries/2026/11/x.md',
  ...extra,
});

const digest: TeamDigest = {
  period: { since: '2026-10-28', until: '2026-11-27' },
  totals: { entries: 3, authors: 2, hours: 4.5 },
  authors: [
    { author: 'Alice Smith', entries: 2, hours: 3 },
    { author: 'Bob <b>Jones</b>', entries: 1, hours: 1.5 },
  ],
  themes: [{ value: 'asthma', entries: 2 }],
  significantEvents: [e('Missed *fracture*', { activity: 'significant-event' })],
  learningEvents: [],
  collective: [e('New rota', { level: 'collective', loop: 'double' })],
  deeperLoops: [e('New rota', { level: 'collective', loop: 'double' })],
  openActions: [{ text: 'Audit <script>alert(1)</script>', due: '2026-11-10', owner: 'Carol', overdue: true, entry: e('Old') }],
  resources: { learnedWith: [{ value: 'peers', entries: 2 }], used: [] },
};

describe('team digest renderers', () => {
  it('Markdown: every section, with entry text escaped so it cannot add structure', () => {
    const md = renderDigestMarkdown(digest, { journal: 'Riverside Practice' });
    expect(md).toContain('# Team digest: Riverside Practice');
    expect(md).toContain('2026-10-28 to 2026-11-27 · 3 entries by 2 people · 4.5 hours');
    expect(md).toContain('| Alice Smith | 2 | 3 |');
    expect(md).toContain('| Bob \\<b\\>Jones\\</b\\> | 1 | 1.5 |');
    expect(md).toContain('- asthma (2)');
    expect(md).toContain('## Significant events\n\n- 2026-11-20 **Missed \\*fracture\\*** (Alice Smith, significant-event)');
    expect(md).toContain('## Learning events\n\nNone in this period.');
    expect(md).toContain('## Collective and organisational learning\n\n- 2026-11-20 **New rota** (Alice Smith, double loop, collective)');
    expect(md).toContain('- [ ] Audit \\<script\\>alert(1)\\</script\\> (owner Carol, due 2026-11-10 (overdue); from **Old**, 2026-11-20)');
    expect(md).toContain('- Learned with: peers (2)');
    expect(md).toContain('- Resources used: none recorded');
  });

  it('HTML: one self-contained page, entry text escaped, no script', () => {
    const html = renderDigestHtml(digest, { journal: 'R&D <Team>' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>Team digest: R&amp;D &lt;Team&gt;</title>');
    expect(html).toContain('<td>Bob &lt;b&gt;Jones&lt;/b&gt;</td>');
    expect(html).toContain('Audit &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('JSON: the digest as it is', () => {
    expect(JSON.parse(digestRenderers.json(digest, { journal: 'x' }))).toEqual(digest);
  });

  it('escapes Markdown punctuation and folds newlines', () => {
    expect(escapeMarkdown('a_b [link](x) #1\n| c')).toBe('a\\_b \\[link\\](x) \\#1 \\| c');
  });
});
