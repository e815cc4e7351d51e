import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportRefusedError, InvalidEntriesError, exportBlog, exportCpd, listEntries, openJournal } from '../../src/index.js';
import { tempDir } from '../helpers/isolated-env.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/nmc-known-totals');

function copy(name = 'journal') {
  const root = path.join(tempDir('mindlines-api-'), name);
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

describe('an educator scripts exports with the library API', () => {
  it('opens a journal, lists entries and exports CPD as data and as a Word file', async () => {
    const journal = await openJournal(copy(), { now: '2026-11-27', env: {} });
    expect(journal.config.profile).toBe('nmc');
    const entries = await listEntries(journal, { since: '2025-01-01', until: '2025-12-31' });
    expect(entries.map((e) => e.meta.title)).toEqual(['Thank-you card from a family', 'Feedback on my discharge letters', 'Falls huddle', 'Handover on a busy ward']);
    const json = await exportCpd(journal, { format: 'json' });
    expect(json.report.totals).toMatchObject({ hours: 29.5, participatoryHours: 19, accounts: 2 });
    expect(JSON.parse(json.content as string).totals.hours).toBe(29.5);
    const docx = await exportCpd(journal, { format: 'docx', profile: 'generic', from: '2026-01-01', to: '2026-12-31' });
    expect(Buffer.isBuffer(docx.content)).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.content as Buffer))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('General CPD record');
    // The reflective discussion (1 h) is an NMC activity the generic profile does not recognise: listed, not counted.
    expect(docx.report.totals.hours).toBe(14);
    expect(docx.report.notCounted).toMatchObject({ entries: 1, hours: 1 });
  });

  it('refuses with the findings attached, and a blog export of a private entry needs includePrivate', async () => {
    const root = copy();
    const file = path.join(root, 'entries/2026/10/2026-10-01-nice-sepsis-guideline-aa09.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEmail me at sam.nurse@example.org.\n`);
    const journal = await openJournal(root, { now: '2026-11-27', env: {} });
    const refused = await exportCpd(journal, { format: 'md' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ExportRefusedError);
    expect((refused as ExportRefusedError).findings).toEqual([expect.objectContaining({ file: 'entries/2026/10/2026-10-01-nice-sepsis-guideline-aa09.md', kind: 'email' })]);
    const allowed = await exportCpd(journal, { format: 'md', allowFindings: true });
    expect(allowed.findings).toHaveLength(1);
    await expect(exportBlog(journal, ['01JAAAAAAAAAAAAAAAAAAAAA07'])).rejects.toThrow(/not shared/);
    const blog = await exportBlog(journal, ['01JAAAAAAAAAAAAAAAAAAAAA07'], { includePrivate: true, site: 'hugo' });
    expect(blog.content).toMatch(/^---\ntitle: "Nursing congress"\n/);
  });

  it('takes the options of export cpd: every author, private entries left out, drafts listed, unreadable files skipped', async () => {
    const root = path.join(tempDir('mindlines-api-'), 'team');
    cpSync(path.resolve(import.meta.dirname, '../fixtures/journals/cpd-hand-totals'), root, { recursive: true });
    const journal = await openJournal(root, { now: '2026-06-15', env: {} });
    const year = { from: '2026-01-01', to: '2026-12-31', format: 'json' as const };
    expect((await exportCpd(journal, year)).report.totals).toMatchObject({ entries: 8, hours: 17.1 });
    expect((await exportCpd(journal, { ...year, allAuthors: true })).report.totals).toMatchObject({ entries: 9, hours: 21.1 });
    expect((await exportCpd(journal, { ...year, excludePrivate: true })).report.private).toEqual({ excluded: true, entries: 1, total: 0.5 });
    expect((await exportCpd(journal, { ...year, includeDrafts: true })).report.unfinished.notes[0]?.title).toBe('ask about pregnancy prevention with valproate');
    writeFileSync(path.join(root, 'entries/2026/05/2026-05-12-e-learning-on-consent-0e09.md'), '---\nid: broken\n---\n');
    const refused = await exportCpd(journal, year).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidEntriesError);
    expect((refused as InvalidEntriesError).problems).toEqual([expect.objectContaining({ path: 'entries/2026/05/2026-05-12-e-learning-on-consent-0e09.md', line: 2 })]);
    const skipped = await exportCpd(journal, { ...year, skipInvalid: true });
    expect(skipped.report.skipped).toHaveLength(1);
    expect(skipped.report.totals).toMatchObject({ entries: 7, hours: 16 });
  });
});
