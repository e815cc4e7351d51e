import { describe, expect, it } from 'vitest';
import { scanEntryFile } from '../../../../src/core/privacy/scan.js';
import { scanOptions } from '../../../helpers/name-lexicon.js';

const entry = (title: string) => `---\nid: 01JD3F6Q9X8V7T6S5R4P3N7F3K\ntitle: ${title}\ndate: 2026-11-27\n---\nA parent showed me.\n`;

describe('bug: a name left in a file name after the title was edited was never found', () => {
  it('flags a name that is only in the file name, at 1:1', () => {
    const findings = scanEntryFile(entry('Spacer talk'), 'entries/2026/11/2026-11-27-spacer-talk-with-mrs-smith-7f3k.md', scanOptions());
    expect(findings).toEqual([expect.objectContaining({ kind: 'person-name', line: 1, column: 1 })]);
    expect(findings[0]!.text.toLowerCase()).toContain('smith');
  });

  it('does not report the same name twice when the title still holds it', () => {
    const findings = scanEntryFile(entry('Spacer talk with Mrs Smith'), 'entries/2026/11/2026-11-27-spacer-talk-with-mrs-smith-7f3k.md', scanOptions());
    expect(findings.filter((f) => f.kind === 'person-name')).toHaveLength(1);
  });

  it('leaves ordinary file names alone', () => {
    expect(scanEntryFile(entry('Asthma review in a child'), 'entries/2026/11/2026-11-27-asthma-review-in-a-child-7f3k.md', scanOptions())).toEqual([]);
    expect(scanEntryFile(entry('NICE NG136 update'), 'entries/2026/11/2026-11-27-nice-ng136-update-7f3k.md', scanOptions())).toEqual([]);
  });
});
