import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalPorts } from '../../../src/app/context.js';
import { exportCohort, type CohortPorts } from '../../../src/app/export-cohort.js';
import { openJournalPorts } from '../../../src/container.js';
import { BrowserNotFoundError, JournalNotFoundError, UsageError } from '../../../src/errors.js';
import { FIXTURES } from '../../helpers/entries.js';
import { tempDir } from '../../helpers/isolated-env.js';

/** Cohort ports over real fixture journals; `broken` names folders that fail to open with the given error. */
function ports(broken: Record<string, Error> = {}, printer?: JournalPorts['printer']): CohortPorts {
  return {
    openJournal: async (root) => {
      const name = path.basename(root);
      if (broken[name]) throw broken[name];
      const { ports: opened } = await openJournalPorts({ flag: root, env: {}, cwd: root, discovery: 'existing', now: '2026-11-27' });
      return printer ? { ...(opened as JournalPorts), printer } : (opened as JournalPorts);
    },
    listFolders: async () => [],
    clock: { now: () => new Date('2026-11-27T12:00:00Z') },
  };
}

function cohort(...names: string[]): string[] {
  const dir = tempDir('mindlines-cohort-');
  return names.map((name) => {
    const [folder, fixture] = name.split('=') as [string, string | undefined];
    const root = path.join(dir, folder);
    cpSync(path.join(FIXTURES, fixture ?? 'documents-nmc'), root, { recursive: true });
    return root;
  });
}

describe('export cpd over a cohort of journals', () => {
  it('a report per trainee in the format asked, named for its folder, and the summary in CSV, JSON and HTML', async () => {
    const journals = cohort('sam', 'alex=documents-gmc');
    const result = await exportCohort(ports(), journals, { format: 'md' });
    expect(result.reports.map((r) => [r.name, r.file])).toEqual([
      ['Sam Nurse', 'sam.md'],
      ['Dr Alex Morgan', 'alex.md'],
    ]);
    expect(String(result.reports[0]?.export.content)).toMatch(/^# CPD summary: NMC revalidation/);
    expect(result.summaryFiles.map((f) => f.name)).toEqual(['cohort-summary.csv', 'cohort-summary.json', 'cohort-summary.html']);
    expect(result.summary.trainees.map((t) => t.profile.id).sort()).toEqual(['gmc', 'nmc']);
    expect(result.summary.unreadable).toEqual([]);
  });

  it('a journal that cannot be opened is listed with why, and the others are still exported', async () => {
    const journals = cohort('sam', 'jo');
    const result = await exportCohort(ports({ jo: new JournalNotFoundError('x', 'no mindlines journal at trainees/jo') }), journals);
    expect(result.reports.map((r) => r.file)).toEqual(['sam.html']);
    expect(result.summary.unreadable).toEqual([{ name: 'jo', journal: journals[1], problem: 'no mindlines journal at trainees/jo' }]);
  });

  it('two folders with one name get two report files', async () => {
    const [a] = cohort('sam');
    const [b] = cohort('sam');
    const result = await exportCohort(ports(), [a as string, b as string], { format: 'json' });
    expect(result.reports.map((r) => r.file)).toEqual(['sam.json', 'sam-2.json']);
  });

  it('no browser for a PDF stops the whole export (exit 2) rather than failing each trainee', async () => {
    const noBrowser = { print: async () => Promise.reject(new BrowserNotFoundError('no browser')) };
    await expect(exportCohort(ports({}, noBrowser), cohort('sam', 'jo'), { format: 'pdf' })).rejects.toBeInstanceOf(BrowserNotFoundError);
  });

  it('the same usage error from every journal is about the options: said once, as usage', async () => {
    await expect(exportCohort(ports(), cohort('sam', 'jo'), { profile: 'no-such-profile' })).rejects.toThrow(/no profile called "no-such-profile"/);
    await expect(exportCohort(ports(), [])).rejects.toBeInstanceOf(UsageError);
  });
});
