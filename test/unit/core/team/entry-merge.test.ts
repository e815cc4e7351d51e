import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEntryTexts, mergeLines } from '../../../../src/core/team/entry-merge.js';

const base = `---
id: 01JD0000000000000000000001
title: Spacers in asthma
date: 2026-11-20
updated: 2026-11-20T10:00:00
actions:
  - text: Check technique at every review
  - text: Order masks for the clinic
---

## What happened

A child with asthma used a spacer without a mask.

## What I learned

Technique matters more than the device.
`;

/** One side's version: `base` with some replacements. */
const edit = (...pairs: [string, string][]) => pairs.reduce((text, [from, to]) => text.replace(from, to), base);

describe('merging an entry both sides of a sync changed (issue 14: rename against edit)', () => {
  it('keeps a new title from one side and a body edit from the other, with the later `updated`', () => {
    const renamed = edit(['title: Spacers in asthma', 'title: Spacer technique review'], ['updated: 2026-11-20T10:00:00', 'updated: 2026-11-21T09:00:00']);
    const edited = edit(['without a mask.', 'without a mask, and coughed.'], ['updated: 2026-11-20T10:00:00', 'updated: 2026-11-22T08:00:00']);
    const merged = mergeEntryTexts(base, edited, renamed);
    expect(merged).toEqual({
      ok: true,
      text: edit(
        ['title: Spacers in asthma', 'title: Spacer technique review'],
        ['updated: 2026-11-20T10:00:00', 'updated: 2026-11-22T08:00:00'],
        ['without a mask.', 'without a mask, and coughed.'],
      ),
    });
  });

  it('keeps an action marked done on one side and a new paragraph on the other', () => {
    const done = edit(['  - text: Order masks for the clinic\n', '  - text: Order masks for the clinic\n    done: 2026-11-21\n']);
    const more = edit(['Technique matters more than the device.\n', 'Technique matters more than the device.\n\nAsk the parent to show me.\n']);
    const merged = mergeEntryTexts(base, done, more);
    expect(merged.ok && merged.text).toBe(
      edit(
        ['  - text: Order masks for the clinic\n', '  - text: Order masks for the clinic\n    done: 2026-11-21\n'],
        ['Technique matters more than the device.\n', 'Technique matters more than the device.\n\nAsk the parent to show me.\n'],
      ),
    );
  });

  it('keeps both marks when two people mark different actions of one entry done', () => {
    const first = edit(['  - text: Check technique at every review\n', '  - text: Check technique at every review\n    done: 2026-11-21\n']);
    const second = edit(['  - text: Order masks for the clinic\n', '  - text: Order masks for the clinic\n    done: 2026-11-22\n']);
    const merged = mergeEntryTexts(base, first, second);
    expect(merged.ok && merged.text).toContain('  - text: Check technique at every review\n    done: 2026-11-21\n  - text: Order masks for the clinic\n    done: 2026-11-22\n');
    const both = edit(['  - text: Order masks for the clinic\n', '  - text: Order masks for the clinic\n    done: 2026-11-21\n']);
    expect(mergeEntryTexts(base, both, second)).toEqual({ ok: false, conflicts: ['actions'] });
  });

  it('merges edits to different sections of the body', () => {
    const first = edit(['A child with asthma', 'A four-year-old with asthma']);
    const second = edit(['more than the device', 'more than which device']);
    expect(mergeEntryTexts(base, first, second)).toEqual({ ok: true, text: edit(['A child with asthma', 'A four-year-old with asthma'], ['more than the device', 'more than which device']) });
  });

  it('reports a conflict when both sides changed the same thing differently', () => {
    expect(mergeEntryTexts(base, edit(['title: Spacers in asthma', 'title: A']), edit(['title: Spacers in asthma', 'title: B']))).toEqual({ ok: false, conflicts: ['title'] });
    expect(mergeEntryTexts(base, edit(['without a mask.', 'without a mask at all.']), edit(['without a mask.', 'with no mask.']))).toEqual({ ok: false, conflicts: ['the body'] });
  });

  it('gives back one side when the other did not change, or both made the same change (any lines)', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', '\n', 'd'), { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(lines, lines, (b, x) => {
        expect(mergeLines(b, x, b)).toBe(x);
        expect(mergeLines(b, b, x)).toBe(x);
        expect(mergeLines(b, x, x)).toBe(x);
      }),
      { numRuns: 1000 },
    );
  });

  it('is the same whichever side is called ours, when it merges', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\n'), { maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(lines, lines, lines, (b, x, y) => {
        const one = mergeLines(b, x, y);
        const other = mergeLines(b, y, x);
        if (one !== undefined && other !== undefined) expect(one).toBe(other);
      }),
      { numRuns: 1000 },
    );
  });
});
