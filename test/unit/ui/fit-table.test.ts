import { describe, expect, it } from 'vitest';
import { columnWidths, displayWidth, fitTable, truncate, wrap } from '../../../src/ui/fit-table.js';

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('text that fits the terminal', () => {
  it('measures cells, not characters: colours take none, CJK and emoji two', () => {
    expect(displayWidth('\u001b[2mabcd\u001b[22m')).toBe(4);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('é')).toBe(1);
  });

  it('cuts with an ellipsis, never past the width', () => {
    expect(truncate('Spacer technique in under-fives', 12)).toBe('Spacer tech…');
    expect(displayWidth(truncate('日本語のテキスト', 7))).toBeLessThanOrEqual(7);
    expect(truncate('short', 12)).toBe('short');
  });

  it('wraps at spaces with a hanging indent, and cuts a word longer than a line', () => {
    expect(wrap('2026-11-26 · clinical-case · 1.5 h (1 participatory) · by Sam Nurse', 30, '  ')).toEqual([
      '2026-11-26 · clinical-case ·',
      '  1.5 h (1 participatory) · by',
      '  Sam Nurse',
    ]);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('bug: a list row at 80 columns was 86 wide; every row now fits, with the title cut', () => {
    const columns = [
      { header: 'date', weight: 0 },
      { header: 'id', weight: 0 },
      { header: 'status', weight: 0 },
      { header: 'title', min: 12, weight: 3 },
      { header: 'activity', min: 8, max: 18, dropOrder: 2 },
      { header: 'hours', weight: 0, align: 'right' as const, dropOrder: 3 },
      { header: 'tags', min: 6, max: 24, dropOrder: 1 },
    ];
    const row = ['2026-11-26', '7f3k', 'draft', 'Spacer technique in under-fives and what the parent showed me about the mask', 'clinical-case', '1.5', 'asthma, paediatrics, spacers'];
    for (const width of [120, 100, 80, 60, 40]) {
      const table = fitTable(columns, [row, row], width);
      expect(widest(table)).toBeLessThanOrEqual(width);
      expect(table).toContain('…');
      expect(table).toContain('7f3k');
    }
    // At 40 columns the least needed columns are left out rather than squeezed to nothing.
    expect(columnWidths(columns, [row], 40)[6]).toBeUndefined();
  });

  it('keeps natural widths when they fit, and right-aligns numbers', () => {
    const table = fitTable([{ header: 'what' }, { header: 'hours', align: 'right' }], [['a', '1.5'], ['bb', '10']], 80);
    expect(table.split('\n')).toEqual(['what  hours', 'a       1.5', 'bb       10']);
  });
});

describe('messages wrapped to the terminal', () => {
  it('keeps a dimmed line’s indent when it wraps', async () => {
    const { fitLines } = await import('../../../src/ui/fit-table.js');
    const dim = '\u001b[2m';
    expect(fitLines(`${dim}  one two three four five six`, 16)).toBe(`${dim}  one two three\n    four five\n    six`);
    expect(fitLines('short', 16)).toBe('short');
  });
});

describe('wrapping keeps the columns of a line', () => {
  it('keeps the spacing between words that stay together, and a line’s leading indent', () => {
    expect(wrap('  reached an action     2 of 4 reflections (50%)', 40, '    ')).toEqual(['  reached an action     2 of 4', '    reflections (50%)']);
  });
});
