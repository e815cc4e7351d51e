import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureQuickNote } from '../../../src/app/capture.js';
import type { JournalPorts } from '../../../src/app/context.js';
import { defaultConfig, serializeConfig } from '../../../src/config/journal-config.js';
import { openJournalPorts } from '../../../src/container.js';
import { tempDir } from '../../helpers/isolated-env.js';

/** A journal in a temp folder, opened as the command line opens one (its author set, so git is never asked). */
async function openTempJournal(): Promise<{ root: string; ports: JournalPorts }> {
  const root = tempDir('mindlines-capture-');
  writeFileSync(path.join(root, 'mindlines.yaml'), `${serializeConfig(defaultConfig({ name: 'Capture test' }))}author: Sam Nurse\n`);
  const { ports } = await openJournalPorts({ flag: root, env: { MINDLINES_NOW: '2026-11-27' }, cwd: root, discovery: 'existing' });
  return { root, ports: ports as JournalPorts };
}

describe('capturing a quick note', () => {
  it('hands back what the privacy guard found in "Saw Mrs Patel, DOB 01/02/1950" (bug: quick wrote it without a word)', async () => {
    const { root, ports } = await openTempJournal();
    const saved = await captureQuickNote(ports, { text: 'Saw Mrs Patel, DOB 01/02/1950' });
    // Without a capture review (the library) it is written and the findings come back; the file name never
    // carries them (issue 13: the slug is the title with the findings taken out).
    expect(existsSync(path.join(root, saved.entry.path))).toBe(true);
    expect(saved.entry.path).toMatch(/^entries\/2026\/11\/2026-11-27-saw-dob-[0-9a-z]{4}\.md$/);
    const found = saved.findings.map((f) => `${f.kind} ${f.text}`);
    expect(found).toContain('person-name Mrs Patel');
    expect(found).toContain('dob 01/02/1950');
    expect(saved.findings.every((f) => f.file === saved.entry.path)).toBe(true);
  });

  it('finds nothing in a clean note, and keeps its date, tags and author', async () => {
    const { root, ports } = await openTempJournal();
    const saved = await captureQuickNote(ports, { text: 'yesterday: spacers need a mask under five #asthma', tags: ['paediatrics'] });
    expect(saved.findings).toEqual([]);
    expect(saved.entry.meta).toMatchObject({ date: '2026-11-26', title: 'Spacers need a mask under five', tags: ['asthma', 'paediatrics'], author: 'Sam Nurse', status: 'draft' });
    expect(readFileSync(path.join(root, saved.entry.path), 'utf8')).toContain('spacers need a mask under five');
  });
});
